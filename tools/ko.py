"""Korean translations of lossplay's interface: the source for resources/lossplay_ko.ts.

`python tools/update_translations.py` writes the .ts from this table and compiles the
.qm with pyside6-lrelease. Edit here (or in Qt Linguist, then copy back)."""

KO = {
    # menus and actions
    "&File": "파일(&F)", "&Run": "실행(&R)", "&View": "보기(&V)", "&Help": "도움말(&H)", "&Lessons": "수업(&L)",
    "&Export": "내보내기(&E)", "&Open session…": "세션 열기(&O)…", "&Save session…": "세션 저장(&S)…",
    "Open &recent": "최근 세션(&R)", "Open &data…": "데이터 열기(&D)…", "&Quit": "종료(&Q)",
    "Play": "재생", "Pause": "일시정지", "Step": "한 단계", "Reset": "처음으로", "Random start": "무작위 시작점",
    "Log scale": "로그 눈금", "Arrows": "화살표", "Constraint": "제약 영역", "Plane": "평면", "Language": "언어",
    "Start or pause the run": "학습을 시작하거나 일시정지합니다", "Make one update": "가중치를 한 번 갱신합니다",
    "Go back to the starting point": "시작점으로 되돌아갑니다",
    "Start from a random point on the landscape": "손실 지형의 무작위 지점에서 시작합니다",
    "Show the loss chart on a logarithmic axis": "손실 그래프를 로그 축으로 보여 줍니다",
    "Show the gradient step and the actual step of the last update": "마지막 갱신의 기울기 방향 이동(−η∇L)과 실제 이동을 보여 줍니다",
    "Show the level set of the L1 or L2 penalty through the current weights": "현재 가중치를 지나는 L1 또는 L2 페널티의 등고선을 보여 줍니다",
    "Close lossplay": "lossplay를 닫습니다", "About lossplay": "lossplay 정보", "What lossplay is": "lossplay 소개",
    "A playground for loss functions and gradient descent.": "손실 함수와 경사 하강법을 직접 움직여 보며 배우는 프로그램입니다.",
    "Space: play / pause · →: one step · R: reset · click the landscape: new start.":
        "Space: 재생/일시정지 · →: 한 단계 · R: 처음으로 · 지형 클릭: 새 시작점",
    "Landscape plane": "지형 평면", "The plane of the landscape for models with more than two parameters.":
        "파라미터가 셋 이상인 모델에서 손실 지형을 그릴 평면입니다.",
    "principal directions of the run": "학습 경로의 주성분 방향",
    "Open a saved session": "저장한 세션을 엽니다",
    "Save the scenario and seed, to make this run again later": "나중에 같은 학습을 다시 하도록 시나리오와 시드를 저장합니다",
    "Train on your own CSV file": "내 CSV 파일로 학습합니다",
    "Loss landscape as PNG or SVG…": "손실 지형을 PNG 또는 SVG로…", "Loss chart as PNG or SVG…": "손실 그래프를 PNG 또는 SVG로…",
    "Data view as PNG or SVG…": "데이터 보기를 PNG 또는 SVG로…", "Whole window as PNG or SVG…": "창 전체를 PNG 또는 SVG로…",
    "Save it as a picture": "그림으로 저장합니다", "Animation (GIF or MP4)…": "애니메이션 (GIF 또는 MP4)…",
    "Render the run as an animation": "학습 과정을 애니메이션으로 만듭니다", "History as CSV…": "기록을 CSV로…",
    "Save every step of the run": "학습의 모든 단계를 저장합니다", "Data as CSV…": "데이터를 CSV로…",
    "Save the samples as the model sees them": "모델이 보는 그대로 샘플을 저장합니다",
    "Save as PNG or SVG…": "PNG 또는 SVG로 저장…",
    # views and tabs
    "Views": "보기", "Data": "데이터", "Margins": "마진", "Equations": "수식", "Status": "상태",
    "The samples and what the current weights predict": "샘플과 현재 가중치의 예측",
    "Margin losses with the training samples on them (binary classification)": "학습 샘플을 올린 마진 손실 (이진 분류)",
    "The loss, its gradient and the last update with its numbers": "손실, 기울기, 그리고 숫자로 본 마지막 갱신",
    "Loss landscape": "손실 지형", "Loss": "손실", "loss": "손실", "step": "단계",
    "The training loss over the weights; click to move the starting point there.": "가중치에 따른 학습 손실입니다. 클릭하면 그 지점이 시작점이 됩니다.",
    "Training loss (solid) and validation loss (dashed) after each step.": "각 단계 뒤의 학습 손실(실선)과 검증 손실(점선)입니다.",
    "The samples (hollow: validation) with what the current weights predict.": "샘플(속이 빈 점: 검증)과 현재 가중치의 예측입니다.",
    "training": "학습", "validation": "검증", "start": "시작점", "exact minimum": "정확한 최소점", "current weights": "현재 가중치",
    "−η∇L (gradient step)": "−η∇L (기울기 방향 이동)", "actual step": "실제 이동", "regularization level set": "정규화 등고선",
    " (standardised)": " (표준화)", "actual {target}": "실제 {target}", "predicted {target}": "예측 {target}",
    "passed (1) / failed (0)": "합격 (1) / 불합격 (0)",
    "size (m²)": "면적 (m²)", "rooms": "방 수", "distance to station (km)": "역까지 거리 (km)",
    "price (10,000s)": "가격 (만 단위)", "hours studied": "공부한 시간", "passed": "합격", "class": "클래스",
    "direction 1 (principal)": "방향 1 (주성분)", "direction 2 (principal)": "방향 2 (주성분)", "w": "w", "b": "b", "x1": "x1", "x2": "x2",
    "Each margin loss against the margin m = y·f(x); dots are the training samples.": "마진 m = y·f(x)에 대한 마진 손실들입니다. 점은 학습 샘플입니다.",
    "margin m = y·f(x)": "마진 m = y·f(x)", "Margins are for binary classification with one output.": "마진은 출력이 하나인 이진 분류에서만 씁니다.",
    "The loss, its gradient and the last update, parameter by parameter.": "손실, 기울기, 그리고 파라미터별 마지막 갱신입니다.",
    "Model": "모델", "Gradient": "기울기", "Start": "시작", "back-propagation": "역전파",
    "Update to step {step}": "{step}단계 갱신", "… and {count} more parameters": "… 그 밖의 파라미터 {count}개",
    "{optimizer} on a mini-batch": "미니배치의 {optimizer}", "the step is not −η·∇L of the whole training set": "이번 이동은 전체 학습 데이터에 대한 −η·∇L이 아닙니다",
    # status line
    "ready": "준비", "running": "실행 중", "paused": "일시정지", "converged": "수렴", "stopped at the step limit": "단계 한도에서 멈춤",
    "diverged at step {step}": "{step}단계에서 발산", "learning rate {lr} is above the critical {critical}": "학습률 {lr} > 임계 학습률 {critical}",
    "step {step} / {limit}": "단계 {step} / {limit}", "step {step}": "{step}단계", "loss {loss}": "손실 {loss}",
    "learning rate {lr}": "학습률 {lr}", "Computing the landscape…": "손실 지형을 계산하는 중…",
    "learning rate {lr} applies from step {step}": "{step}단계부터 학습률 {lr} 적용",
    "{optimizer} applies from step {step}": "{step}단계부터 {optimizer} 적용",
    # panels
    "Data set": "데이터셋", "Samples": "샘플 수", "Features": "특성 수", "Classes": "클래스 수", "Noise": "잡음", "Outliers": "이상치",
    "Feature scaling": "특성 스케일링", "Validation fraction": "검증 비율", "Seed": "시드", "Regenerate": "다시 생성",
    "Which data set to generate.": "생성할 데이터셋입니다.",
    "How many samples to generate, training and validation together.": "생성할 샘플 수입니다 (학습과 검증을 합쳐서).",
    "House-price features: 1 size, 2 adds rooms, 3 adds the distance to the station.": "집값 특성: 1은 면적, 2는 방 수 추가, 3은 역까지 거리 추가.",
    "Number of blobs, one class each.": "덩어리 수입니다 (덩어리마다 클래스 하나).",
    "How much the samples scatter around the pattern.": "샘플이 패턴 주위로 흩어지는 정도입니다.",
    "House prices made far too high, to see how each loss reacts.": "지나치게 높은 집값을 넣어 손실마다 어떻게 반응하는지 봅니다.",
    "Standardise each feature to mean 0 and spread 1, or keep the raw units.": "각 특성을 평균 0, 표준편차 1로 표준화하거나 원래 단위를 그대로 둡니다.",
    "Share of samples held out to measure the validation loss.": "검증 손실을 재려고 떼어 두는 샘플의 비율입니다.",
    "The random seed: the same seed gives the same data and the same run.": "난수 시드입니다. 같은 시드는 같은 데이터와 같은 학습을 만듭니다.",
    "Draw new data with the next seed.": "다음 시드로 새 데이터를 만듭니다.",
    "standardise": "표준화", "none": "없음", "Model and loss": "모델과 손실", "Hidden units": "은닉 유닛 수", "Regularization": "정규화",
    "Lambda": "람다", "Huber delta": "Huber 델타", "Loss formula": "손실 수식",
    "The model whose weights gradient descent moves.": "경사 하강법이 가중치를 움직일 모델입니다.",
    "Units in the MLP's hidden layer (tanh).": "MLP 은닉층(tanh)의 유닛 수입니다.",
    "The loss being minimised; only those that fit the data are offered.": "최소화할 손실입니다. 데이터에 맞는 것만 보입니다.",
    "A penalty on the weights (never the biases) added to the loss.": "손실에 더하는 가중치 페널티입니다 (편향에는 붙이지 않습니다).",
    "Strength λ of the regularization penalty.": "정규화 페널티의 세기 λ입니다.",
    "Where the Huber loss turns from squared to linear.": "Huber 손실이 제곱에서 선형으로 바뀌는 지점입니다.",
    "L1  (λ Σ|w|)": "L1  (λ Σ|w|)", "L2  (λ Σw²)": "L2  (λ Σw²)",
    "Optimizer": "옵티마이저", "Update rule": "갱신 규칙", "Learning rate": "학습률", "Learning rate value": "학습률 값",
    "Critical learning rate": "임계 학습률", "Batch size": "배치 크기", "Custom batch size": "직접 정한 배치 크기",
    "Step limit": "단계 한도", "Speed": "속도", "Add to race": "비교에 추가", "Remove from race": "비교에서 빼기",
    "The update rule (as in torch.optim, default hyperparameters).": "갱신 규칙입니다 (torch.optim과 같고 기본 하이퍼파라미터 사용).",
    "Learning rate on a log scale from 0.0001 to 10; the red mark is the critical rate.": "0.0001부터 10까지 로그 눈금의 학습률입니다. 빨간 표시는 임계 학습률입니다.",
    "Type a learning rate and press Enter.": "학습률을 입력하고 Enter를 누르세요.",
    "A learning rate is a positive number, such as 0.05 or 1e-3.": "학습률은 0.05나 1e-3 같은 양수입니다.",
    "Samples per update: all = batch GD, 1 = SGD, otherwise mini-batch.": "갱신마다 쓰는 샘플 수: 전체 = 배치 경사 하강법, 1 = SGD, 그 밖에는 미니배치 경사 하강법.",
    "Your own mini-batch size.": "직접 정하는 미니배치 크기입니다.", "The run stops after this many updates.": "이만큼 갱신하면 학습이 멈춥니다.",
    "How fast the animation steps.": "애니메이션이 진행되는 빠르기입니다.",
    "Pin these optimizer settings as another run on the same data, stepping together (up to 4).": "이 옵티마이저 설정을 같은 데이터의 또 다른 학습으로 고정해 함께 진행하며 비교합니다 (최대 4개).",
    "Take this run out of the race.": "이 학습을 비교에서 뺍니다.", "Racer {number}": "비교 학습 {number}",
    "{optimizer} · lr {lr} · batch {batch}": "{optimizer} · 학습률 {lr} · 배치 {batch}", "all": "전체",
    "No single critical learning rate for this setting.": "이 설정에는 하나로 정해지는 임계 학습률이 없습니다.",
    "above the critical learning rate {lr}: gradient descent will diverge": "임계 학습률 {lr} 초과: 경사 하강법이 발산합니다",
    "at the critical learning rate {lr}: the run oscillates without growing or shrinking": "임계 학습률 = {lr}: 커지지도 줄지도 않고 진동합니다",
    "Above the critical learning rate, full-batch gradient descent on this quadratic loss diverges.": "임계 학습률보다 크면 이 이차 손실에서 전체 배치 경사 하강법이 발산합니다.",
    "What happened": "무슨 일이 있었나", "Hide the explanation": "설명 숨기기",
    "diverged at step {step}: learning rate {lr} is above 2/λmax = {critical}; each step multiplies the distance to the minimum along the steepest direction by {factor}":
        "{step}단계에서 발산: 학습률 {lr} > 2/λmax = {critical}. 가장 가파른 방향에서 최소점까지의 거리가 갱신마다 {factor}배가 됩니다",
    "diverged at step {step}: learning rate {lr} is above momentum's bound 2(1 + μ)/λmax = {critical}; in the steepest direction the distance to the minimum grows {factor} times each step":
        "{step}단계에서 발산: 학습률 {lr} > 모멘텀의 한계 2(1 + μ)/λmax = {critical}. 가장 가파른 방향에서 최소점까지의 거리가 갱신마다 {factor}배로 커집니다",
    "diverged at step {step}: {optimizer} scales each step by its own running averages, so its steps do not follow the bound 2/λmax of gradient descent; try a smaller learning rate than {lr}":
        "{step}단계에서 발산: 옵티마이저 {optimizer} 방식은 이동량을 자체 이동 평균으로 조절하므로 경사 하강법의 한계 2/λmax를 따르지 않습니다. 학습률을 지금의 {lr} 값보다 작게 해 보세요",
    "diverged at step {step}: where the weights last were, the loss curves with sharpness λmax = {sharpness}, so steps above 2/λmax = {bound} overshoot; the learning rate was {lr}":
        "{step}단계에서 발산: 가중치가 마지막으로 있던 곳에서 손실의 곡률(sharpness)은 λmax = {sharpness} 값이므로, 학습률이 2/λmax = {bound} 값보다 크면 이동이 최소점을 지나칩니다. 학습률: {lr}",
    "diverged at step {step}: the loss grew past a million times its start with learning rate {lr}":
        "{step}단계에서 발산: 학습률 {lr} 값에서 손실이 처음의 백만 배를 넘었습니다",
    "learning rate {lr} is exactly the critical one: along the steepest direction each step multiplies the distance to the minimum by 1, so the weights jump back and forth across the valley forever and the loss stays where it is":
        "학습률 {lr} 값은 정확히 임계 학습률입니다: 가장 가파른 방향에서 최소점까지의 거리가 갱신마다 1배가 되어, 가중치는 골짜기를 끝없이 오가고 손실은 그대로입니다",
    "converged at step {step}": "{step}단계에서 수렴", "Transport": "실행 도구 모음",
    "critical learning rate {lr}: above it, gradient descent diverges": "임계 학습률 {lr}: 이보다 크면 경사 하강법이 발산합니다",
    "all (batch gradient descent)": "전체 (배치 경사 하강법)", "1 (stochastic)": "1 (확률적 경사 하강법)", "32": "32", "64": "64", "128": "128",
    "custom…": "직접 입력…", "1 step/s": "초당 1단계", "3 steps/s": "초당 3단계", "10 steps/s": "초당 10단계",
    "30 steps/s": "초당 30단계", "100 steps/s": "초당 100단계", "300 steps/s": "초당 300단계", "as fast as possible": "최대한 빠르게",
    "Your data: {name}": "내 데이터: {name}",
    # labels of keys
    "House prices": "집값", "Pass / fail (1 feature)": "합격 / 불합격 (특성 1개)", "Blobs": "덩어리", "Moons": "초승달",
    "Circles": "동심원", "XOR": "XOR", "Linear": "선형", "Linear, one output per class": "선형, 클래스마다 출력 하나",
    "MLP, one hidden layer": "MLP, 은닉층 하나", "Mean squared error": "평균 제곱 오차", "Half mean squared error": "평균 제곱 오차의 절반",
    "Sum of squared errors": "제곱 오차의 합", "Root mean squared error": "평균 제곱근 오차", "Mean absolute error": "평균 절대 오차",
    "Huber": "Huber 손실", "0/1 loss": "0/1 손실", "Logistic": "로지스틱 손실", "Exponential": "지수 손실", "Hinge": "힌지 손실",
    "Squared hinge": "제곱 힌지 손실", "Binary cross-entropy": "이진 교차 엔트로피", "Cross-entropy": "교차 엔트로피",
    "Sparse cross-entropy": "희소 교차 엔트로피", "Multiclass hinge (SVM)": "다중 클래스 힌지 손실 (SVM)", "KL divergence": "KL 다이버전스",
    "Gradient descent": "경사 하강법", "Momentum": "모멘텀", "Nesterov momentum": "네스테로프 모멘텀", "Adagrad": "Adagrad",
    "RMSProp": "RMSProp", "Adam": "Adam", "AdamW": "AdamW",
    # lessons
    "Lesson": "수업", "Lesson title": "수업 제목", "Lesson text": "수업 설명", "Set up: {variant}": "설정: {variant}",
    "Too large a learning rate": "너무 큰 학습률",
    "Two correlated features make the bowl of mean squared error long and narrow. Its critical learning rate, 2/λmax, is set by the steep direction and marked in red on the slider. Just above it, every step overshoots across the valley by more than it started with: the path zig-zags, and the zig-zags grow along the steep direction until the loss explodes. Just below it, the same zig-zags shrink and the run converges, slowly along the flat floor of the valley. Switch between the two and watch the path and the loss chart.":
        "상관된 두 특성 때문에 평균 제곱 오차의 손실 지형이 길고 좁은 골짜기가 됩니다. 임계 학습률 2/λmax는 가파른 방향이 정하며, 슬라이더에 빨간색으로 표시됩니다. 학습률이 임계 학습률보다 조금 크면 매번의 이동이 골짜기를 가로질러 처음보다 더 멀리 넘어갑니다. 경로가 지그재그로 움직이고, 그 지그재그가 가파른 방향으로 커지다가 손실이 발산합니다. 조금 작으면 같은 지그재그가 줄어들어 수렴하며, 골짜기의 평평한 바닥을 따라서는 천천히 움직입니다. 두 경우를 번갈아 보며 경로와 손실 그래프를 살펴보세요.",
    "Just above the critical rate (1.05×)": "임계 학습률보다 조금 크게 (1.05배)", "Just below the critical rate (0.95×)": "임계 학습률보다 조금 작게 (0.95배)",
    "Too small a learning rate": "너무 작은 학습률",
    "The same bowl with a learning rate a thousand times below the critical one. Every step goes the right way, but the steps are so small that after 300 of them the weights have barely left the start. Compare with a sensible rate.":
        "같은 손실 지형에서 임계 학습률의 천분의 일인 학습률을 씁니다. 매번 올바른 방향으로 이동하지만 이동량이 너무 작아서, 300단계 뒤에도 가중치가 시작점을 거의 떠나지 못합니다. 적당한 학습률과 비교해 보세요.",
    "Learning rate 0.001": "학습률 0.001", "Learning rate 0.1": "학습률 0.1",
    "Feature scaling": "특성 스케일링",
    "Unscaled, the house size runs from 30 to 180 m² while the bias moves prices by single units: the bowl becomes a long, narrow valley. Only a tiny learning rate survives, and the path zig-zags across the valley instead of walking along it. Standardise the size and the same data gives a round bowl that gradient descent walks straight into.":
        "스케일링하지 않으면 면적은 30에서 180 m²까지인데 편향은 가격을 한 단위씩 움직여, 손실 지형이 조건수가 큰, 길고 좁은 골짜기가 됩니다. 아주 작은 학습률에서만 발산하지 않으며, 경로는 골짜기를 따라가지 못하고 가로질러 지그재그로 움직입니다. 면적을 표준화하면 같은 데이터의 손실 지형이 둥근 그릇 모양이 되어 경사 하강법이 최소점으로 곧장 내려갑니다.",
    "Raw sizes (0.95× critical rate)": "원래 면적 (임계 학습률의 0.95배)", "Standardised sizes (0.5× critical rate)": "표준화한 면적 (임계 학습률의 0.5배)",
    "Outliers: MSE, MAE and Huber": "이상치: MSE, MAE, Huber 손실",
    "Six listings have prices far too high. Mean squared error squares their residuals, so they pull the fitted line up towards them. Mean absolute error and Huber grow only linearly far from the line, so the outliers pull much less. Compare the fitted lines in the data view.":
        "매물 여섯 개의 가격이 지나치게 높습니다. 평균 제곱 오차는 잔차를 제곱하므로 이상치가 적합선을 위로 끌어당깁니다. 평균 절대 오차와 Huber는 선에서 멀어져도 선형으로만 커지므로 훨씬 덜 끌려갑니다. 데이터 보기에서 적합선을 비교해 보세요.",
    "Margin losses": "마진 손실",
    "Five losses for the same pass/fail data, all functions of the margin y·f(x). The 0/1 loss counts mistakes, but it is flat almost everywhere: its gradient is zero, so gradient descent never moves. Its run stops at the step limit and is not called converged, because a zero gradient here does not mean the weights are at a minimum. Hinge, squared hinge, logistic and exponential all slope towards larger margins and do move.":
        "같은 합격/불합격 데이터에 대한 다섯 손실로, 모두 마진 y·f(x)의 함수입니다. 0/1 손실은 틀린 개수를 세지만 거의 모든 곳에서 평평해서 기울기가 0이고, 그래서 경사 하강법이 전혀 움직이지 않습니다. 이 학습은 단계 한도에서 멈출 뿐 수렴했다고 하지 않습니다. 여기서 기울기가 0이라는 것은 가중치가 최소점에 있다는 뜻이 아니기 때문입니다. 힌지, 제곱 힌지, 로지스틱, 지수 손실은 모두 마진이 커지는 쪽으로 기울어 있어 움직입니다.",
    "0/1 loss": "0/1 손실",
    "Batch gradient descent, SGD and mini-batches": "배치 경사 하강법, SGD, 미니배치",
    "Batch gradient descent uses every sample for each step: a smooth path. Stochastic gradient descent uses one sample at a time: each step is cheap but points only roughly downhill, so the path is noisy. Mini-batches of 16 sit in between.":
        "배치 경사 하강법은 갱신마다 모든 샘플을 써서 경로가 매끄럽습니다. 확률적 경사 하강법은 한 번에 샘플 하나만 써서 한 번 갱신하는 계산은 적지만, 이동 방향이 대략적으로만 내리막이라 경로가 흔들립니다. 크기 16의 미니배치는 그 중간입니다.",
    "Batch (all samples)": "배치 (모든 샘플)", "Stochastic (1 sample)": "확률적 (샘플 1개)", "Mini-batch of 16": "크기 16의 미니배치",
    "Momentum and Adam in a valley": "골짜기에서 모멘텀과 Adam",
    "Raw house sizes make a badly conditioned valley. Plain gradient descent, even at 0.9 of its critical rate, rushes down the steep sides and then crawls along the flat floor. Momentum keeps speed along the floor; Adam rescales each direction by its own gradient size.":
        "원래 단위의 면적은 조건수가 큰, 길고 좁은 골짜기를 만듭니다. 보통의 경사 하강법은 임계 학습률의 0.9배에서도 가파른 벽을 따라 빠르게 내려간 뒤 평평한 바닥을 따라서는 아주 느리게 나아갑니다. 모멘텀은 바닥을 따라 속도를 유지하고, Adam은 방향마다 그 방향의 기울기 크기로 이동량을 조절합니다.",
    "Gradient descent (0.9× critical)": "경사 하강법 (임계 학습률의 0.9배)", "Momentum (0.9× its own critical rate)": "모멘텀 (모멘텀 임계 학습률의 0.9배)",
    "Adam (rate 1)": "Adam (학습률 1)", "Huber (δ = 1)": "Huber (δ = 1)",
    "L1 versus L2": "L1과 L2",
    "Two features: the size, and the number of rooms, which adds little once the size is known. L1 regularization pulls every weight towards zero by the same amount, so the rooms weight reaches zero and then never strays from it by more than one update's pull (learning rate × λ). L2 pulls in proportion to the weight, so it only shrinks both.":
        "특성은 두 개입니다. 면적, 그리고 면적을 알면 별로 보탤 것이 없는 방 수입니다. L1 정규화는 모든 가중치를 같은 크기로 0 쪽으로 당겨서, 방 수의 가중치는 0에 닿은 뒤로 0에서 한 번의 갱신이 당기는 크기(학습률 × λ)보다 더 멀어지지 않습니다. L2는 가중치에 비례해 당기므로 둘 다 줄이기만 합니다.",
    "L1, λ = 8": "L1, λ = 8", "L2, λ = 8": "L2, λ = 8",
    "Softmax cross-entropy versus multiclass SVM": "소프트맥스 교차 엔트로피와 다중 클래스 SVM",
    "Three classes, one output per class. Cross-entropy keeps pushing every sample towards more confidence, so its loss never reaches zero. The multiclass SVM (hinge) loss is satisfied once the right class wins by a margin of 1, and then stops caring.":
        "클래스 셋, 클래스마다 출력 하나입니다. 교차 엔트로피는 모든 샘플을 계속 더 확신하는 쪽으로 밀어서 손실이 0에 닿지 않습니다. 다중 클래스 SVM(힌지) 손실은 정답 클래스가 마진 1 이상으로 이기면 만족하고 더는 신경 쓰지 않습니다.",
    "Cross-entropy": "교차 엔트로피", "Multiclass SVM": "다중 클래스 SVM",
    "Opposite corners share a class. No straight line separates them, so a linear model stays near chance however long it trains. One hidden layer of four tanh units bends the boundary and separates them.":
        "마주 보는 모서리가 같은 클래스입니다. 어떤 직선도 이들을 나누지 못하므로 선형 모델은 아무리 오래 학습해도 무작위로 고른 것과 비슷한 정확도(약 50 %)에 머뭅니다. tanh 유닛 네 개로 된 은닉층 하나가 경계를 구부려 이들을 나눕니다.",
    "Linear model": "선형 모델",
    "Training versus validation loss": "학습 손실과 검증 손실",
    "Sixty noisy moons, half held out for validation, and a flexible MLP with 16 hidden units. The training loss falls towards zero while the validation loss turns and rises: the model learns the noise of its training samples, which is overfitting. The validation set is how you notice; stopping where its loss is lowest is early stopping.":
        "잡음 섞인 초승달 샘플 60개 중 절반을 검증용으로 떼어 두고, 은닉 유닛 16개의 유연한 MLP를 씁니다. 학습 손실은 0을 향해 떨어지지만 검증 손실은 방향을 바꿔 올라갑니다. 모델이 학습 샘플의 잡음까지 배우는 과적합입니다. 검증 데이터로 과적합을 알아차릴 수 있고, 검증 손실이 가장 낮을 때 멈추는 것이 조기 종료입니다.",
    "Train until the step limit": "단계 한도까지 학습",
    # dialogs and messages
    "File": "파일", "Width": "너비", "Height": "높이", "Scale": "배율", "Browse…": "찾아보기…", "Browse": "찾아보기",
    "Where to save; the extension chooses the format.": "저장할 곳입니다. 확장자가 형식을 정합니다.",
    "Choose the file in a dialog.": "대화상자에서 파일을 고릅니다.", "Save as": "다른 이름으로 저장",
    "Width in pixels (SVG: in points).": "너비(픽셀, SVG는 포인트)입니다.", "Height in pixels (SVG: in points).": "높이(픽셀, SVG는 포인트)입니다.",
    "1× (screen)": "1배 (화면)", "2× (slides)": "2배 (슬라이드)", "3× (print)": "3배 (인쇄)",
    "Multiplies the pixels of a PNG: 2× stays sharp on a projector.": "PNG의 픽셀 수를 곱합니다. 2배로 저장하면 프로젝터에서도 선명합니다.",
    "Export: {what}": "내보내기: {what}", "Loss chart": "손실 그래프", "Data view": "데이터 보기", "Whole window": "창 전체",
    "Export animation": "애니메이션 내보내기", "Frames per second": "초당 프레임",
    "One frame per step, shown this many times a second.": "단계마다 한 프레임이며, 1초에 이만큼 보여 줍니다.",
    "Width of the animation in pixels.": "애니메이션의 너비(픽셀)입니다.", "Height of the animation in pixels.": "애니메이션의 높이(픽셀)입니다.",
    "Show the loss chart beside the landscape": "손실 지형 옆에 손실 그래프도 보여 주기",
    "Draw the loss curve growing beside the path.": "경로 옆에 자라나는 손실 곡선을 그립니다.",
    "Could not export": "내보낼 수 없습니다", "Could not save": "저장할 수 없습니다", "Could not open the session": "세션을 열 수 없습니다",
    "Could not open the data": "데이터를 열 수 없습니다", "Nothing to export yet": "아직 내보낼 것이 없습니다",
    "Wait until the landscape has been computed.": "손실 지형 계산이 끝날 때까지 기다려 주세요.",
    "Rendering the animation…": "애니메이션을 만드는 중…", "Cancel": "취소",
    "Animation cancelled; nothing was saved": "애니메이션을 취소했습니다. 아무것도 저장하지 않았습니다",
    "Saved {path} ({frames} frames)": "저장함: {path} ({frames}프레임)", "Saved {path}": "저장함: {path}",
    "cannot write {path}: {reason}": "파일에 쓸 수 없습니다: {path} ({reason})",
    "Save history": "기록 저장", "Save data": "데이터 저장", "Save session": "세션 저장", "Open session": "세션 열기",
    "lossplay session": "lossplay 세션", "Open data": "데이터 열기", "CSV with a header row": "머리글 행이 있는 CSV",
    "Target column": "목표 열", "Which column should the model predict?": "모델이 어느 열을 예측해야 하나요?",
}

# Words that were shown untranslated (issue 14): formulas with words in them, file
# dialogs' filters, the kinds of setting named inside messages.
KO.update({
    "0 (flat almost everywhere)": "0 (거의 모든 곳에서 평평함)",
    "θ ← θ (1 − 0.01 η), then the Adam step": "θ ← θ (1 − 0.01 η), 그다음 Adam 갱신",
    "mean(½r² if |r| ≤ δ else δ(|r| − ½δ)),  r = f(x) − y": "mean(|r| ≤ δ이면 ½r², 아니면 δ(|r| − ½δ)),  r = f(x) − y",
    "[f_j − f_y + 1 > 0] / n for j ≠ y; minus their count for y": "j ≠ y: [f_j − f_y + 1 > 0] / n;  j = y: −(j ≠ y 값들의 합)",
    "PNG image": "PNG 이미지", "SVG image": "SVG 이미지", "GIF animation": "GIF 애니메이션", "MP4 video": "MP4 동영상",
    "CSV file": "CSV 파일",
    "data kind": "데이터 종류", "model": "모델", "optimizer": "옵티마이저", "regularizer": "정규화",
    "the weights are {distance} away": "가중치까지의 거리: {distance}",
})

# What the course notes teach (issue 12), kept in its own file so that merges of this one stay simple.
from ko_course import COURSE  # noqa: E402

KO.update(COURSE)

# Messages: the templates of lossplay.core.messages.UserMessage errors.
KO.update({
    "--plane takes pca or two different parameter names out of: {names}": "--plane에는 pca 또는 서로 다른 파라미터 이름 두 개를 주세요: {names}",
    "a scenario must be a JSON object of settings": "시나리오는 설정들의 JSON 객체여야 합니다",
    "animation size must be between 64x64 and 7680x4320, got {width}x{height}": "애니메이션 크기는 64x64에서 7680x4320 사이여야 합니다. 받은 값: {width}x{height}",
    "batch size must be 'all' or a whole number of at least 1, got {batch_size}": "배치 크기는 'all' 또는 1 이상의 정수여야 합니다. 받은 값: {batch_size}",
    "batch size {batch_size} is larger than the {count} training samples": "배치 크기가 학습 샘플 수보다 큽니다: 배치 크기 {batch_size}, 학습 샘플 {count}개",
    "blobs have 2 to 5 classes, got {classes}": "덩어리 데이터의 클래스 수는 2에서 5입니다. 받은 값: {classes}",
    "cannot create output directory {out_dir}: {reason}": "출력 폴더를 만들 수 없습니다: {out_dir} ({reason})",
    "cannot read {file}: {reason}": "파일을 읽을 수 없습니다: {file} ({reason})",
    "cannot read {path}: {reason}": "파일을 읽을 수 없습니다: {path} ({reason})",
    "cannot read {what}: {reason}": "읽을 수 없습니다: {what} ({reason})",
    "cannot save {file}: choose a .gif or .mp4 file name": "저장할 수 없습니다: {file}. .gif 또는 .mp4 파일 이름을 고르세요",
    "cannot save {file}: choose a .png or .svg file name": "저장할 수 없습니다: {file}. .png 또는 .svg 파일 이름을 고르세요",
    "frames per second must be positive, got {fps}": "초당 프레임은 양수여야 합니다. 받은 값: {fps}",
    "give --lesson or --scenario, not both": "--lesson과 --scenario 중 하나만 주세요",
    "house prices have 1 to 3 features, got {features}": "집값 데이터의 특성 수는 1에서 3입니다. 받은 값: {features}",
    "huber delta must be positive, got {huber_delta}": "Huber 델타는 양수여야 합니다. 받은 값: {huber_delta}",
    "learning rate must be a positive number, got {lr}": "학습률은 양수여야 합니다. 받은 값: {lr}",
    "lesson {name} has variants 1 to {count}, got {variant}": "수업 {name}의 변형 번호는 1부터 {count}까지입니다. 받은 값: {variant}",
    "lesson {name}: this scenario has no critical learning rate": "수업 {name}: 이 시나리오에는 임계 학습률이 없습니다",
    "line 1: column names must differ": "1행: 열 이름이 서로 달라야 합니다",
    "line 1: column {number} has no name": "1행: {number}번째 열에 이름이 없습니다",
    "line {line} has {count} values; the header has {columns} columns": "{line}행에 값이 {count}개 있지만 머리글에는 열이 {columns}개 있습니다",
    "line {line}: '{cell}' in column '{column}' is not a number": "{line}행: '{column}' 열에 숫자가 아닌 값이 있습니다: '{cell}'",
    "line {line}: the target '{target}' is missing": "{line}행: 목표 '{target}' 값이 비어 있습니다",
    "line {line}: the value of '{column}' is missing": "{line}행: '{column}' 값이 비어 있습니다",
    "loss '{loss}' does not fit regression data ({data}); losses that fit: {fitting}": "'{loss}' 손실은 회귀 데이터({data})에 맞지 않습니다. 맞는 손실: {fitting}",
    "loss '{loss}' does not fit {classes}-class data ({data}); losses that fit: {fitting}": "'{loss}' 손실은 클래스 {classes}개인 데이터({data})에 맞지 않습니다. 맞는 손실: {fitting}",
    "loss '{loss}' does not fit {classes}-class data with a one-output linear model ({data}); use --model multiclass or mlp":
        "'{loss}' 손실은 출력이 하나인 선형 모델로 클래스 {classes}개인 데이터({data})에 쓸 수 없습니다. --model multiclass 또는 mlp를 쓰세요",
    "model 'multiclass' needs classes, and {data} has prices; use --model linear or mlp": "'multiclass' 모델에는 클래스가 필요한데 {data} 데이터는 가격 데이터입니다. --model linear 또는 mlp를 쓰세요",
    "noise must be 0 or more, got {noise}": "잡음은 0 이상이어야 합니다. 받은 값: {noise}",
    'not a lossplay session (no "format": "lossplay-session")': 'lossplay 세션이 아닙니다 ("format": "lossplay-session"이 없습니다)',
    "not valid JSON (line {lineno}, column {colno}: {msg})": "올바른 JSON이 아닙니다 ({lineno}행 {colno}열: {msg})",
    "outliers must be between 0 and the number of samples, got {outliers}": "이상치 수는 0과 샘플 수 사이여야 합니다. 받은 값: {outliers}",
    "regularization strength must be 0 or more, got {lam}": "정규화 세기는 0 이상이어야 합니다. 받은 값: {lam}",
    "samples must be at least 2, got {samples}": "샘플은 2개 이상이어야 합니다. 받은 값: {samples}",
    "scenario file {path}": "시나리오 파일 {path}",
    "session version {version!r} is not one this lossplay reads (it reads version {VERSION})": "이 lossplay가 읽을 수 없는 세션 버전입니다: {version!r} (읽을 수 있는 버전: {VERSION})",
    "setting '{name}' must be 'all' or a whole number, got {value}": "설정 '{name}' 값은 'all' 또는 정수여야 합니다. 받은 값: {value}",
    "setting '{name}' must be a list of numbers or null, got {value}": "설정 '{name}' 값은 숫자 목록 또는 null이어야 합니다. 받은 값: {value}",
    "setting '{name}' must be a name or null, got {value}": "설정 '{name}' 값은 이름 또는 null이어야 합니다. 받은 값: {value}",
    "setting '{name}' must be a name, got {value}": "설정 '{name}' 값은 이름이어야 합니다. 받은 값: {value}",
    "setting '{name}' must be a number, got {value}": "설정 '{name}' 값은 숫자여야 합니다. 받은 값: {value}",
    "setting '{name}' must be a whole number, got {value}": "설정 '{name}' 값은 정수여야 합니다. 받은 값: {value}",
    "start needs {size} values ({names}), got {count}": "시작점에 필요한 값의 개수: {size}개 ({names}). 받은 개수: {count}",
    "start values must be finite numbers": "시작점 값은 유한한 숫자여야 합니다",
    "steps must be 0 or more, got {steps}": "단계 수는 0 이상이어야 합니다. 받은 값: {steps}",
    "the hidden layer needs at least 1 unit, got {hidden}": "은닉층에는 유닛이 1개 이상 필요합니다. 받은 값: {hidden}",
    "the session has no scenario": "세션에 시나리오가 없습니다",
    "the target '{target}' has a single class ('{label}'); a classifier needs two or more": "목표 열 '{target}'에 클래스가 하나('{label}')뿐입니다. 분류에는 둘 이상이 필요합니다",
    "the target '{target}' has {count} classes; lossplay takes at most {most}": "목표 열 '{target}'의 클래스가 {count}개입니다. lossplay는 최대 {most}개까지 다룹니다",
    "the validation split leaves no training samples": "검증용으로 떼어 내면 학습 샘플이 남지 않습니다",
    "there is no column '{target}'; the columns are: {columns}": "'{target}' 열이 없습니다. 열 목록: {columns}",
    "unknown data kind '{kind}'; choose one of: {kinds}": "알 수 없는 데이터 종류 '{kind}'입니다. 다음 중에서 고르세요: {kinds}",
    "unknown feature scaling '{scale}'; use standard or none": "알 수 없는 특성 스케일링 '{scale}'입니다. standard 또는 none을 쓰세요",
    "unknown lesson '{name}'; choose one of: {names}": "알 수 없는 수업 '{name}'입니다. 다음 중에서 고르세요: {names}",
    "unknown scenario setting(s): {names}": "알 수 없는 시나리오 설정: {names}",
    "unknown session key(s): {names}": "알 수 없는 세션 키: {names}",
    "unknown {what} '{value}'; choose one of: {options}": "알 수 없는 {what} '{value}'입니다. 다음 중에서 고르세요: {options}",
    "validation fraction must be in [0, 1), got {val_fraction}": "검증 비율은 [0, 1) 범위여야 합니다. 받은 값: {val_fraction}",
    "{file} has no header: line 1 should name the columns, e.g. size,rooms,price": "머리글이 없는 파일입니다: {file}. 1행에 열 이름을 적어 주세요 (예: size,rooms,price)",
    "{file} has too few data rows ({count}); at least 2 are needed": "파일 {file}: 데이터 행이 너무 적습니다 ({count}개). 2개 이상 필요합니다",
    "{file} has {count:,} rows; lossplay reads data files up to {max_rows:,} rows": "파일 {file}: {count:,}행입니다. lossplay는 {max_rows:,}행까지 읽습니다",
    "{file} has {count} feature columns; lossplay takes at most {most}": "파일 {file}: 특성 열이 {count}개입니다. lossplay는 최대 {most}개까지 다룹니다",
    "{file} is empty": "빈 파일입니다: {file}",
    "{file} is {size:.0f} MB; lossplay reads data files up to {max_mb} MB and {max_rows:,} rows": "파일 {file}: {size:.0f} MB입니다. lossplay는 {max_mb} MB, {max_rows:,}행까지의 데이터 파일을 읽습니다",
    "{file} needs at least two columns: one or more features and a target": "파일 {file}: 열이 두 개 이상 필요합니다 (특성 하나 이상과 목표 하나)",
    "{file}": "{file}", "{path} does not exist": "파일을 찾을 수 없습니다: {path}", "{what} does not exist": "찾을 수 없습니다: {what}",
    "{what} is empty": "내용이 비어 있습니다: {what}",
    "converged: {steps} steps, final loss {loss}; wrote {out}": "수렴: {steps}단계, 최종 손실 {loss}; 출력 폴더: {out}",
    "finished: {steps} steps, final loss {loss}; wrote {out}": "단계 한도에서 멈춤: {steps}단계, 최종 손실 {loss}; 출력 폴더: {out}",
    "diverged at step {step}: {steps} steps, final loss {loss}; wrote {out}": "{step}단계에서 발산: {steps}단계, 최종 손실 {loss}; 출력 폴더: {out}",
    "each run in the race needs exactly lr, optimizer and batch_size": "비교 목록의 각 학습에는 lr, optimizer, batch_size만 정확히 있어야 합니다",
    "a run in the race has learning rate {lr}; it must be a positive number": "비교 목록의 한 학습에 학습률 {lr} 값이 있습니다. 학습률은 양수여야 합니다",
    "a run in the race has unknown optimizer '{optimizer}'": "비교 목록의 한 학습에 알 수 없는 옵티마이저가 있습니다: '{optimizer}'",
    "a run in the race has batch size {batch}; it must be 'all' or a whole number": "비교 목록의 한 학습에 배치 크기 {batch} 값이 있습니다. 배치 크기는 'all' 또는 정수여야 합니다",
    "the race holds a list of at most {most} runs": "비교 목록에는 학습을 최대 {most}개까지 넣을 수 있습니다",
})

# Refusals of hostile and out-of-range input (issue 9).
KO.update({
    "a run in the race": "비교 목록의 한 학습",
    "an mlp with {hidden} hidden units on {samples} samples does not fit: lossplay takes samples × hidden units up to {most}":
        "mlp(은닉 유닛 {hidden}개, 샘플 {samples}개)는 메모리에 맞지 않습니다. 샘플 수 × 은닉 유닛 수의 상한: {most}",
    "cannot read {file}: it is not UTF-8 text (byte {position})": "파일 {file} 읽기 실패: UTF-8 텍스트가 아닙니다 (바이트 위치 {position})",
    "cannot read {what}: it is not {encoding} text (byte {position})": "{what} 읽기 실패: {encoding} 텍스트가 아닙니다 (바이트 위치 {position})",
    "line {line}: a value is longer than {most} characters": "{line}행: 값 하나가 너무 깁니다 (최대 글자 수: {most})",
    "line {line}: {cell} in column '{column}' is too large; lossplay reads numbers up to 1e15 in size":
        "{line}행: '{column}' 열의 값 {cell} 숫자가 너무 큽니다. lossplay는 크기 1e15 이하의 숫자만 읽습니다",
    "needs a folder name (--out= is empty)": "폴더 이름이 필요합니다 (--out= 값이 비어 있음)",
    "setting '{name}' must be true or false, got {value}": "설정 '{name}' 값은 true 또는 false여야 합니다. 받은 값: {value}",
    "start values must be finite numbers between -{most} and {most}": "시작점 값은 유한한 숫자여야 합니다 (범위: -{most} ~ {most})",
    "the JSON holds a number too long to read": "JSON에 읽을 수 없을 만큼 긴 숫자가 있습니다",
    "the JSON is nested too deeply": "JSON이 너무 깊게 중첩되어 있습니다",
    "the output folder has no name": "출력 폴더 이름이 비어 있습니다",
    "the target column has an empty name; name one of the file's columns": "목표 열 이름이 비어 있습니다. 파일의 열 중 하나를 고르세요",
    "the target column has an empty name; the columns are: {columns}": "목표 열 이름이 비어 있습니다. 열 목록: {columns}",
    "{file} has no feature column that is all numbers": "파일 {file}: 모든 값이 숫자인 특성 열이 없습니다",
    "{file} line {line} cannot be read as CSV: {reason}": "파일 {file}, {line}행: CSV로 읽을 수 없습니다 ({reason})",
    "{file}: the feature columns {columns} hold text, and lossplay needs numbers; remove them or leave them out with --numeric-only":
        "파일 {file}: 특성 열 {columns} 값이 텍스트입니다. lossplay에는 숫자가 필요합니다. 그 열들을 지우거나 --numeric-only 옵션으로 빼세요",
    "{name} must be a finite number, got {value}": "{name} 값은 유한한 숫자여야 합니다. 받은 값: {value}",
    "{name} must be between {lo} and {hi}, got {value}": "{name} 값의 허용 범위: {lo} ~ {hi}. 받은 값: {value}",
    "{what} is a folder, not a file": "{what} 경로는 파일이 아니라 폴더입니다",
    "{what} is not a regular file (a device, pipe or socket); lossplay reads only files":
        "{what} 경로는 일반 파일이 아닙니다 (장치, 파이프 또는 소켓). lossplay는 파일만 읽습니다",
    "{what} is too big: lossplay reads up to {most} bytes": "{what} 파일이 너무 큽니다. lossplay가 읽는 최대 크기: {most} 바이트",
    "{what} is too big: {size} bytes, and lossplay reads up to {most} bytes":
        "{what} 파일이 너무 큽니다 ({size} 바이트). lossplay가 읽는 최대 크기: {most} 바이트",
    "not enough memory for this run; try fewer samples, steps or grid points":
        "이 학습에 쓸 메모리가 부족합니다. 샘플, 단계 또는 격자 점 수를 줄여 보세요",
})

# Learning-rate schedules (issue 13).
KO.update({
    "A decaying learning rate": "줄어드는 학습률",
    "The bowl of mean squared error with a learning rate 1.5 times its critical one. Kept constant, every step overshoots further and the run diverges. With exponential decay (exp:0.9) the rate shrinks by 10 % after every step: the first few steps still overshoot and the loss climbs, but once the rate is below the critical one the bounces shrink and the run settles at the minimum. Compare the two loss charts.":
        "평균 제곱 오차의 손실 지형에서 임계 학습률의 1.5배인 학습률을 씁니다. 학습률을 그대로 두면 이동할 때마다 최소점을 점점 더 멀리 지나쳐 학습이 발산합니다. 지수 감쇠(exp:0.9)를 쓰면 학습률이 갱신마다 10 %씩 줄어듭니다. 처음 몇 번의 이동은 여전히 지나쳐서 손실이 올라가지만, 학습률이 임계 학습률보다 작아지면 튕김이 줄어들고 학습이 최소점에 자리 잡습니다. 두 손실 그래프를 비교해 보세요.",
    "Constant rate (1.5× critical)": "일정한 학습률 (임계 학습률의 1.5배)",
    "Exponential decay exp:0.9 (starting at 1.5× critical)": "지수 감쇠 exp:0.9 (임계 학습률의 1.5배에서 시작)",
    "a learning-rate schedule is written as text, such as exp:0.95": "학습률 스케줄은 exp:0.95처럼 글자로 적습니다",
    "unknown learning-rate schedule '{text}'; write one of: {usage}": "알 수 없는 학습률 스케줄입니다: '{text}'. 다음 중 하나로 적으세요: {usage}",
    "schedule '{text}' is not of the form {form}": "스케줄 형식이 맞지 않습니다: '{text}' (형식: {form})",
    "in schedule '{text}', {letter} must be a whole number of steps from 1 to 1000000000, got '{value}'":
        "스케줄 '{text}': {letter} 값은 1에서 1000000000 사이의 정수 단계 수여야 합니다. 받은 값: '{value}'",
    "in schedule '{text}', the factor G must be a number with 0 < G <= 1, got '{value}'":
        "스케줄 '{text}': 배율 G는 0 < G <= 1인 수여야 합니다. 받은 값: '{value}'",
})

# Divergence: the valley's axes and momentum's bound (issue 11).
KO.update({
    "Curvature": "곡률",
    "Show the valley's axes through the minimum (the Hessian's eigen-directions) with their curvature λ and the factor by which each step multiplies the distance along them":
        "최소점을 지나는 골짜기의 축(헤세 행렬의 고유 방향)과 그 곡률 λ, 그리고 한 번 이동할 때마다 그 축을 따라 거리에 곱해지는 배율을 보여 줍니다",
    "λ = {eigenvalue}": "λ = {eigenvalue}",
    "λ = {eigenvalue} · ×{factor} per step: grows": "λ = {eigenvalue} · 한 번에 {factor}배: 커짐",
    "λ = {eigenvalue} · ×{factor} per step: shrinks": "λ = {eigenvalue} · 한 번에 {factor}배: 줄어듦",
    "Momentum's larger bound, and Adam's lack of one": "모멘텀의 더 큰 한계, 그리고 한계가 없는 Adam",
    "The long, narrow bowl of the first lesson at learning rate 0.8: 1.5 times gradient descent's critical rate 2/λmax = 0.533. Plain gradient descent diverges. Momentum μ = 0.9 has the larger bound 2(1 + μ)/λmax = 1.01, so the same rate converges; Curvature shows each axis's factor per step. Adam follows no such bound: it divides each step by the running size of the gradient, so every weight moves by about the learning rate per step, whatever the curvature. At rate 3 it still converges; at rate 0.1 it crawls.":
        "첫 수업의 길고 좁은 골짜기 모양 손실 지형에서 학습률 0.8을 씁니다. 경사 하강법의 임계 학습률 2/λmax = 0.533의 1.5배입니다. 보통의 경사 하강법은 발산합니다. 모멘텀 μ = 0.9의 한계는 그보다 큰 2(1 + μ)/λmax = 1.01이므로 같은 학습률로도 수렴합니다. 곡률 보기를 켜면 축마다 한 번 이동할 때 곱해지는 배율이 보입니다. Adam에는 이런 한계가 없습니다. 각 이동을 기울기의 이동 평균 크기로 나누므로, 곡률과 상관없이 가중치마다 한 번에 학습률 정도씩 움직입니다. 학습률 3에서도 수렴하고, 0.1에서는 아주 느리게 나아갑니다.",
    "Gradient descent at 0.8 (1.5× its critical rate)": "경사 하강법, 학습률 0.8 (임계 학습률의 1.5배)",
    "Momentum at 0.8 (below its bound 1.01)": "모멘텀, 학습률 0.8 (한계 1.01보다 작음)",
    "Adam at 3": "Adam, 학습률 3",
    "Adam at 0.1": "Adam, 학습률 0.1",
})

# The loss along the last step (issue 11).
KO.update({
    "Slice": "단면",
    "The loss along the last step: did it land past the lowest point?": "마지막 이동을 따라 자른 손실: 가장 낮은 점을 지나쳤을까요?",
    "Along the last step": "마지막 이동을 따라",
    "The loss on the straight line through the last step: 0 is where the step started, 1 where it landed":
        "마지막 이동을 지나는 직선 위의 손실입니다. 0은 이동을 시작한 곳, 1은 도착한 곳입니다",
    "position along the step (0: before, 1: after)": "이동 방향의 위치 (0: 이동 전, 1: 이동 후)",
    "overshoot: landed higher than it started": "이동이 지나침: 시작한 곳보다 높은 곳에 도착",
    "past the lowest point, but still lower": "가장 낮은 점을 지났지만 여전히 더 낮은 곳",
    "short of the lowest point": "가장 낮은 점에 못 미침",
})

# The data view shows an even spread of a big data set (issue 8).
KO.update({
    "{shown} of {total} samples shown": "샘플 {total}개 중 {shown}개 표시",
})

# Learning-rate schedules in the window (issue 13).
KO.update({
    "Schedule": "스케줄",
    "How the learning rate changes with the step (as torch.optim.lr_scheduler).": "단계에 따라 학습률이 바뀌는 방식입니다 (torch.optim.lr_scheduler와 같음).",
    "Schedule steps": "스케줄 단계 수",
    "Step decay: every S steps; cosine: over T steps; warm-up: over K steps.": "계단식 감쇠: S단계마다, 코사인: T단계에 걸쳐, 워밍업: K단계에 걸쳐.",
    "Schedule factor": "스케줄 배율",
    "Step decay: the factor G every S steps; exponential: the factor G every step.": "계단식 감쇠: S단계마다 배율 G, 지수 감쇠: 단계마다 배율 G.",
    "constant": "일정",
    "step decay": "계단식 감쇠",
    "exponential decay": "지수 감쇠",
    "cosine": "코사인",
    "linear warm-up": "선형 워밍업",
    "learning rate": "학습률",
})
KO.update({
    "starts above the critical learning rate {lr}: it diverges unless the schedule lowers the rate soon enough":
        "처음에는 임계 학습률 {lr}보다 큽니다. 스케줄이 학습률을 제때 낮추지 않으면 발산합니다",
})

# Read-outs under the pointer (issue 13).
KO.update({
    "training {loss}": "학습 {loss}",
    "validation {loss}": "검증 {loss}",
    "training sample {index}": "학습 샘플 {index}번",
    "validation sample {index}": "검증 샘플 {index}번",
    "target {target} · predicted {prediction}": "목표값 {target} · 예측값 {prediction}",
    "class {target} · predicted class {prediction}": "클래스 {target} · 예측한 클래스 {prediction}",
    "probability of its class {p}": "자기 클래스의 확률 {p}",
    "its own loss {loss}": "이 샘플의 손실 {loss}",
})

# Which samples pull (issue 13).
KO.update({
    "Pull": "끌어당김",
    "Show which training samples pull hardest on the weights: rings on the data sized by each sample's share of the gradient, and their terms of the step as arrows beside the whole step (up to 500 samples)":
        "가중치를 가장 세게 끌어당기는 학습 샘플을 보여 줍니다. 데이터에는 샘플마다 기울기에서 차지하는 몫에 비례하는 고리를, 손실 지형에는 그 샘플들의 이동 몫을 전체 이동과 함께 화살표로 그립니다 (샘플 500개까지)",
})
KO.update({"step drawn {factor} times longer": "이동을 {factor}배 길게 그림"})

# Replay: the timeline (issue 13).
KO.update({
    "Timeline": "타임라인",
    "Drag to any recorded step: every view shows that step. Left and Right move one step while paused.":
        "기록된 아무 단계로 끌어 보세요. 모든 보기가 그 단계를 보여 줍니다. 멈춘 동안 왼쪽·오른쪽 화살표로 한 단계씩 움직입니다.",
    "step {step} of {last}": "{last}단계 중 {step}단계",
    "Back": "뒤로",
    "Show the step before on the timeline": "타임라인에서 이전 단계를 보여 줍니다",
    "Make one update (or, back on the timeline, show the next recorded step)": "한 번 갱신합니다 (타임라인에서 이전 단계를 보는 중이면 다음 기록된 단계를 보여 줍니다)",
})
KO.update({"a new branch from step {step}": "{step}단계에서 새 갈래로 이어 감"})

# The landscape in 3-D (issue 13).
KO.update({
    "3-D": "3차원",
    "3-D surface": "3차원 곡면",
    "The loss landscape as a surface with the path on it; drag to turn it": "경로를 얹은 곡면으로 본 손실 지형입니다. 끌어서 돌려 보세요",
    "The loss landscape as a surface with the path on it; drag to turn it.": "경로를 얹은 곡면으로 본 손실 지형입니다. 끌어서 돌려 보세요.",
})
KO.update({
    "Save as PNG…": "PNG로 저장…",
    "PNG image (*.png)": "PNG 이미지 (*.png)",
    "Export failed": "내보내기 실패",
})


# Exports for slides (issue 10).
KO.update({
    "loss, log scale above the minimum": "손실 (로그 눈금, 최소점 기준)",
    "{optimizer}, learning rate {lr}": "{optimizer}, 학습률 {lr}",
    "{optimizer}, η = {lr}": "{optimizer}, η = {lr}",
    "mini-batch {size}": "미니배치 크기 {size}",
    "Caption: optimizer, learning rate, step and result": "설명 줄: 옵티마이저, 학습률, 단계, 결과",
    "Caption": "설명 줄",
    "Write a line under the figure that says which run it shows.": "그림 아래에 어떤 학습을 보여 주는지 한 줄로 적습니다.",
    "Write a line under every frame that says the step and, at the end, the result.":
        "모든 프레임 아래에 단계를, 마지막 프레임에는 결과를 한 줄로 적습니다.",
    "Multiplies the pixels of a PNG, with its lines, markers and text: 2× stays sharp on a projector.":
        "PNG의 픽셀 수를 선, 표식, 글자와 함께 늘립니다. 2배로 저장하면 프로젝터에서도 선명합니다.",
})

# Exports of a step range (issue 13).
KO.update({
    "From step": "시작 단계",
    "To step": "끝 단계",
    "The first step of the run the animation shows.": "애니메이션이 보여 줄 첫 단계입니다.",
    "The last step of the run the animation shows.": "애니메이션이 보여 줄 마지막 단계입니다.",
    "the steps to animate must lie within 0 to {last}, got {first} to {asked}": "애니메이션으로 만들 단계는 0에서 {last} 사이여야 합니다. 받은 범위: {first}에서 {asked}",
})

# Presenter mode and themes (issue 10).
KO.update({
    "Presenter mode": "발표 모드",
    "Full screen with large text and lines, for a projector": "프로젝터용: 전체 화면에 큰 글자와 굵은 선",
    "Theme": "테마",
    "Light": "밝게",
    "Dark": "어둡게",
    "High contrast": "고대비",
})
# Encoders and long runs (issue 9, continued).
KO.update({
    "cannot write {path}": "쓸 수 없는 파일: {path}",
    "ffmpeg failed: {reason}": "ffmpeg 실패: {reason}",
    "ffmpeg could not be started ({reason})": "ffmpeg 시작 실패 ({reason})",
    "no ffmpeg was found to encode MP4; write a GIF instead": "MP4를 만들 ffmpeg가 없습니다. 대신 GIF로 저장하세요",
})
KO.update({"interrupted; no partial file was left": "중단되었습니다. 쓰다 만 파일은 남기지 않았습니다"})
# Text columns left out from the window, and an MLP bounded by its work (issue 9, continued).
KO.update({
    "Text columns": "텍스트 열",
    "{file}: {count} feature columns hold text, and lossplay needs numbers: {columns}":
        "파일 {file}: 특성 열 {count}개의 값이 텍스트입니다. lossplay에는 숫자가 필요합니다: {columns}",
    "Leave them out and open the file with the other columns?": "그 열들을 빼고 나머지 열로 파일을 열까요?",
    "Leave them out and open the file with the other columns? These columns miss values and go too: {columns}":
        "그 열들을 빼고 나머지 열로 파일을 열까요? 값이 빠진 다음 열도 함께 뺍니다: {columns}",
    "Leave them out": "빼고 열기",
    "an mlp with {hidden} hidden units on {samples} samples would compute for minutes: lossplay takes samples × hidden units × (steps + {points} landscape points) up to {most}; use fewer samples, hidden units or steps":
        "mlp(은닉 유닛 {hidden}개, 샘플 {samples}개)는 계산에 몇 분이 걸립니다. 샘플 수 × 은닉 유닛 수 × (단계 수 + 손실 지형 격자점 {points}개)의 상한: {most}. 샘플, 은닉 유닛 또는 단계 수를 줄이세요",
})
# Probabilities in the data view, each label's regions, own multi-label data, the Metrics
# and Probabilities tabs on the timeline (issue 12, continued).
KO.update({
    "At step {step}": "{step}단계 기준",
    "shade: probability of the predicted class": "음영: 예측한 클래스의 확률",
    "none at {lowest}, full at 1 · dashed: {sure}": "음영 없음: {lowest} · 가장 진함: 1 · 점선: {sure}",
    "label {name}": "레이블 {name}",
    "Which label's samples and regions the view shows: each label is a yes/no question of its own, with its own sigmoid":
        "보기에 나타낼 레이블의 샘플과 영역: 레이블마다 자기 시그모이드를 가진 별개의 예/아니오 질문입니다",
    "Each label is a yes/no question of its own, with its own sigmoid.":
        "레이블마다 자기 시그모이드를 가진 별개의 예/아니오 질문입니다.",
    "Which column should the model predict? Tick several columns of 0 and 1 for multi-label data: each becomes a yes/no label with its own sigmoid.":
        "모델이 어느 열을 예측해야 하나요? 다중 레이블 데이터라면 0과 1로 된 열을 여러 개 고르세요. 열마다 자기 시그모이드를 가진 예/아니오 레이블이 됩니다.",
    "Target columns": "목표 열 목록",
    "here: predicted class {k}, probability {p}": "이 지점: 예측한 클래스 {k}, 확률 {p}",
})

# The landscape, its slice and its surface as tabs of one view (lead, stop 17).
KO.update({
    "Loss surface views": "손실 곡면 보기",
    "Landscape": "지형",
    "The loss over the plane of two weights, with the path of the run": "두 가중치 평면 위의 손실과 학습 경로",
})
# Exports and presenter mode (issue 10, continued).
KO.update({"Margins as PNG or SVG…": "마진을 PNG 또는 SVG로…"})
# The margin plot's compact legend (issue 10, continued).
KO.update({"0/1": "0/1", "hinge": "힌지", "hinge²": "힌지²", "logistic": "로지스틱", "exponential": "지수"})

# A diverging regression's predictions beyond the data chart (lead, stop 17).
KO.update({
    "▲▼ {count} predictions beyond the chart": "▲▼ 차트 밖의 예측 {count}개",
})

# A landscape process that ended unasked (lead, stop 17).
KO.update({
    "the landscape stopped being computed (its process ended); change any setting to try again":
        "손실 지형 계산이 멈췄습니다(계산 프로세스가 끝났습니다). 아무 설정이나 바꾸면 다시 계산합니다",
})

# A training process that ended unasked (lead, stop 18).
KO.update({
    "the training's process ended at step {step}; Play goes on from there":
        "학습 프로세스가 {step}단계에서 끝났습니다. 재생하면 그 단계부터 이어 갑니다",
    "training sample {index}, label y{number}: {answer} (the label shown in the Data view)":
        "학습 샘플 {index}번, 레이블 y{number}: {answer} (데이터 보기에서 고른 레이블)",
    "labels": "레이블",  # the target's name of the built-in multi-label data
    "This sample": "이 샘플",
    "loss, log scale": "손실 (로그 눈금)",
    "▲ the fitted line is above the chart": "▲ 적합선이 차트 위로 벗어났습니다",
    "▼ the fitted line is below the chart": "▼ 적합선이 차트 아래로 벗어났습니다",
    "the fitted line is not a number any more": "적합선이 더는 수가 아닙니다 (NaN)",
})

# The command line's own words (issue 9): argparse's messages (its gettext ids, with their
# %-placeholders) and the refusals of lossplay run's flags.
KO.update({
    "usage: ": "사용법: ",
    "%(prog)s: error: %(message)s\n": "%(prog)s: 오류: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "인수 %(argument_name)s: %(message)s",
    "positional arguments": "위치 인수",
    "options": "옵션",
    "show this help message and exit": "이 도움말을 보여 주고 끝냅니다",
    "unrecognized arguments: %s": "알 수 없는 인수: %s",
    "not allowed with argument %s": "%s 인수와 함께 쓸 수 없습니다",
    "ignored explicit argument %r": "값을 받지 않는 인수에 값이 주어졌습니다: %r",
    "the following arguments are required: %s": "다음 인수가 필요합니다: %s",
    "one of the arguments %s is required": "다음 인수 중 하나가 필요합니다: %s",
    "expected one argument": "값이 하나 필요합니다",
    "expected at most one argument": "값은 하나까지만 받습니다",
    "expected at least one argument": "값이 하나 이상 필요합니다",
    "expected %s argument": "값이 %s개 필요합니다",
    "expected %s arguments": "값이 %s개 필요합니다",
    "ambiguous option: %(option)s could match %(matches)s": "모호한 옵션: %(option)s (해당할 수 있는 옵션: %(matches)s)",
    "unexpected option string: %s": "예상하지 못한 옵션: %s",
    "invalid %(type)s value: %(value)r": "올바르지 않은 %(type)s 값: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "잘못된 선택: %(value)r (다음 중에서 고르세요: %(choices)s)",
    "must be a whole number, got a number of {count:,} digits": "정수여야 합니다. 받은 값: {count:,}자리 수",
    "must be a whole number, got '{value}'": "정수여야 합니다. 받은 값: '{value}'",
    "must be a number, got '{value}'": "숫자여야 합니다. 받은 값: '{value}'",
    "must be 'all' or a whole number, got '{value}'": "'all' 또는 정수여야 합니다. 받은 값: '{value}'",
    "must be WIDTHxHEIGHT such as 800x600, got '{value}'": "800x600처럼 가로x세로 형식이어야 합니다. 받은 값: '{value}'",
    "must be between 64x64 and 7680x4320, got '{value}'": "64x64에서 7680x4320 사이여야 합니다. 받은 값: '{value}'",
    "must be numbers separated by commas, got '{value}'": "쉼표로 구분한 숫자들이어야 합니다. 받은 값: '{value}'",
    "needs a folder name (--out= is empty)": "폴더 이름이 필요합니다 (--out= 값이 비어 있습니다)",
    "needs a folder name, not only blank space ('{value}')": "공백만이 아닌 폴더 이름이 필요합니다 ('{value}')",
})

# lossplay run --help (issue 9).
KO.update({
    "Run a scenario without a window and write its numbers.": "창 없이 시나리오를 실행하고 그 숫자들을 씁니다.",
    "start from this scenario JSON file; the flags below override it":
        "이 시나리오 JSON 파일에서 시작합니다. 아래 옵션이 그 값을 덮어씁니다",
    "start from a lesson's scenario (`lossplay lessons` lists them)":
        "수업의 시나리오에서 시작합니다 (목록: `lossplay lessons`)",
    "which of the lesson's variants, from 1 (default 1)": "수업의 몇 번째 변형인지, 1부터 (기본값 1)",
    "data set: {kinds}, or csv:PATH for your own (default house)": "데이터: {kinds}, 또는 내 데이터는 csv:PATH (기본값 house)",
    "the target column of csv:PATH data (default: the last column); several 0/1 columns separated by commas (--target a,b,c) make multi-label data":
        "csv:PATH 데이터의 목표 열 (기본값: 마지막 열). 쉼표로 구분한 0/1 열 여러 개(--target a,b,c)는 다중 레이블 데이터가 됩니다",
    "csv:PATH data: leave out the feature columns that are not all numbers (text, or a missing value) instead of refusing the file":
        "csv:PATH 데이터: 파일을 거부하는 대신, 모두 숫자는 아닌 특성 열(텍스트나 빈 값이 있는 열)을 빼고 읽습니다",
    "house-price features: 1 size, 2 + rooms, 3 + distance (default 1)": "집값 특성 수: 1 면적, 2 + 방 수, 3 + 역까지 거리 (기본값 1)",
    "number of classes for blobs, 2 to 5 (default 2)": "덩어리 데이터(blobs)의 클래스 수, 2에서 5 (기본값 2)",
    "yes/no labels per sample of multilabel data, 2 to 5 (default 3)": "다중 레이블 데이터의 샘플당 예/아니오 레이블 수, 2에서 5 (기본값 3)",
    "number of samples, training and validation together (default 200)": "샘플 수, 학습과 검증을 합쳐서 (기본값 200)",
    "noise level, 0 for none (default 0.2)": "잡음 크기, 0이면 잡음 없음 (기본값 0.2)",
    "house prices made far off, to show what mse does with them (default 0)":
        "MSE가 이상치에 어떻게 끌려가는지 보이려고 크게 벗어나게 만든 집값 수 (기본값 0)",
    "feature scaling from the training split (default standard)": "학습 데이터로 정하는 특성 스케일링 (기본값 standard)",
    "fraction of samples held out for validation (default 0.2)": "검증용으로 떼어 두는 샘플 비율 (기본값 0.2)",
    "fraction of samples held out as a test set: never trained on, scored once at the end in summary.json's metrics (default 0)":
        "테스트 세트로 떼어 두는 샘플 비율: 학습에 쓰지 않고, 끝에 한 번 채점해 summary.json의 metrics에 씁니다 (기본값 0)",
    "seed of the data, the start of the MLP and the mini-batches (default 0)": "데이터, MLP의 시작점, 미니배치의 시드 (기본값 0)",
    "model (default: linear, or multiclass for 3+ classes)": "모델 (기본값: linear, 클래스가 3개 이상이면 multiclass)",
    "hidden units of the mlp (default 4)": "MLP의 은닉 유닛 수 (기본값 4)",
    "loss: {keys} (default {defaults})": "손실: {keys} (기본값 {defaults})",
    "delta of the huber loss (default 1)": "Huber 손실의 델타 (기본값 1)",
    "margin (delta) of the multiclass_hinge loss, > 0 (default 1)": "multiclass_hinge 손실의 마진(델타), > 0 (기본값 1)",
    "cross_entropy, sparse_cross_entropy and kl_div: targets (1 - E) one-hot + E / classes, 0 <= E < 1 (default 0)":
        "cross_entropy, sparse_cross_entropy, kl_div: 목표를 (1 - E) 원-핫 + E / 클래스 수로 바꿉니다, 0 <= E < 1 (기본값 0)",
    "add L * sum|w| to the objective": "목적 함수에 L * sum|w| 항을 더합니다",
    "add L * sum w^2 to the objective": "목적 함수에 L * sum w^2 항을 더합니다",
    "optimizer: {keys} (default sgd)": "옵티마이저: {keys} (기본값 sgd)",
    "learning rate (default 0.03)": "학습률 (기본값 0.03)",
    "learning-rate schedule, stepped after every update: constant, step:S:G (times G every S steps), exp:G (times G every step), cosine:T (cosine to 0 over T steps), warmup:K (linear from lr/K to lr over K steps) (default constant)":
        "학습률 스케줄, 갱신마다 한 번 진행: constant, step:S:G (S단계마다 G배), exp:G (단계마다 G배), cosine:T (T단계 동안 코사인으로 0까지), warmup:K (K단계 동안 lr/K에서 lr까지 직선으로) (기본값 constant)",
    "all = batch GD, 1 = SGD, N = mini-batch (default all)": "all = 배치 경사 하강법, 1 = SGD, N = 미니배치 (기본값 all)",
    "number of updates (default 150)": "갱신 횟수 (기본값 150)",
    "initial parameters in order (write --start=-1,2 for a negative first value)":
        "처음 파라미터 값들, 순서대로 (첫 값이 음수이면 --start=-1,2처럼 씁니다)",
    "landscape resolution per axis (default 201)": "손실 지형의 축당 해상도 (기본값 201)",
    "landscape plane for 3+ parameters: the run's principal directions (pca), or two parameters by name, e.g. w1,b (default pca)":
        "파라미터가 3개 이상일 때 손실 지형의 평면: 학습 경로의 주성분 방향(pca), 또는 이름으로 고른 파라미터 두 개, 예: w1,b (기본값 pca)",
    "also write run.gif or run.mp4: the path growing on the landscape": "run.gif 또는 run.mp4도 씁니다: 손실 지형 위에서 자라는 경로",
    "frames per second of the animation, one frame per step, {low} to {high} (default 20)":
        "애니메이션의 초당 프레임 수, 단계마다 한 프레임, {low}에서 {high} (기본값 20)",
    "a line under each figure: optimizer, learning rate, steps, final loss and result (animations always have one)":
        "그림마다 아래에 한 줄: 옵티마이저, 학습률, 단계 수, 최종 손실, 결과 (애니메이션에는 늘 있습니다)",
    "size of the plots and the animation (default 800x600)": "그림과 애니메이션의 크기 (기본값 800x600)",
    "colours of the plots and the animation: light, dark or contrast (high contrast, white on black) (default light)":
        "그림과 애니메이션의 색: light, dark, contrast (고대비, 검은 바탕에 흰색) (기본값 light)",
    "language of the messages: en (English) or ko (Korean)": "메시지 언어: en (영어) 또는 ko (한국어)",
    "directory for the numbers (summary.json, history.csv, data.csv, landscape.npz) and the plots (landscape, loss, data as .png and .svg)":
        "숫자 파일(summary.json, history.csv, data.csv, landscape.npz)과 그림(손실 지형, 손실, 데이터의 .png와 .svg)을 쓸 폴더",
})

# The window's own command line in Korean (lead, stop 18).
KO.update({
    "A playground for loss functions and gradient descent. `lossplay run --help` runs a scenario without a window.":
        "손실 함수와 경사 하강법을 직접 움직여 보며 배우는 프로그램입니다. 창 없이 시나리오를 실행하는 방법은 `lossplay run --help`에 있습니다.",
    "open this session file (.lossplay.json)": "이 세션 파일(.lossplay.json)을 엽니다",
    "open with this scenario JSON file": "이 시나리오 JSON 파일로 엽니다",
    "language of the window: en (English) or ko (Korean); default: the last one chosen, else the system's":
        "창의 언어: en(영어) 또는 ko(한국어). 기본값: 마지막으로 고른 언어, 없으면 시스템 언어",
    "no display to open the window on; start lossplay in a desktop session, or use `lossplay run ... --out DIR` for the numbers and plots without a window":
        "창을 띄울 디스플레이가 없습니다. 데스크톱 세션에서 lossplay를 시작하거나, 창 없이 수치와 그림만 얻으려면 `lossplay run ... --out DIR`을 쓰세요",
    "Qt needs system libraries that are missing: on Debian or Ubuntu run `sudo apt install {packages}`, then start lossplay again":
        "Qt에 필요한 시스템 라이브러리가 없습니다. Debian이나 Ubuntu에서 `sudo apt install {packages}`를 실행한 뒤 lossplay를 다시 시작하세요",
})
