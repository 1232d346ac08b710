<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>lossplay</name>
    <message>
        <source> (standardised)</source>
        <translation> (표준화)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: 오류: %(message)s
</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>수업(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>세션 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation>세션 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>--plane takes pca or two different parameter names out of: {names}</source>
        <translation>--plane에는 pca 또는 서로 다른 파라미터 이름 두 개를 주세요: {names}</translation>
    </message>
    <message>
        <source>0 (flat almost everywhere)</source>
        <translation>0 (거의 모든 곳에서 평평함)</translation>
    </message>
    <message>
        <source>0/1</source>
        <translation>0/1</translation>
    </message>
    <message>
        <source>0/1 loss</source>
        <translation>0/1 손실</translation>
    </message>
    <message>
        <source>1 (stochastic)</source>
        <translation>1 (확률적 경사 하강법)</translation>
    </message>
    <message>
        <source>1 hidden unit</source>
        <translation>은닉 유닛 1개</translation>
    </message>
    <message>
        <source>1 step/s</source>
        <translation>초당 1단계</translation>
    </message>
    <message>
        <source>10 steps/s</source>
        <translation>초당 10단계</translation>
    </message>
    <message>
        <source>100 steps/s</source>
        <translation>초당 100단계</translation>
    </message>
    <message>
        <source>128</source>
        <translation>128</translation>
    </message>
    <message>
        <source>16 hidden units</source>
        <translation>은닉 유닛 16개</translation>
    </message>
    <message>
        <source>1× (screen)</source>
        <translation>1배 (화면)</translation>
    </message>
    <message>
        <source>2× (slides)</source>
        <translation>2배 (슬라이드)</translation>
    </message>
    <message>
        <source>3 steps/s</source>
        <translation>초당 3단계</translation>
    </message>
    <message>
        <source>3-D</source>
        <translation>3차원</translation>
    </message>
    <message>
        <source>3-D surface</source>
        <translation>3차원 곡면</translation>
    </message>
    <message>
        <source>30 steps/s</source>
        <translation>초당 30단계</translation>
    </message>
    <message>
        <source>300 steps/s</source>
        <translation>초당 300단계</translation>
    </message>
    <message>
        <source>32</source>
        <translation>32</translation>
    </message>
    <message>
        <source>3× (print)</source>
        <translation>3배 (인쇄)</translation>
    </message>
    <message>
        <source>4 hidden units</source>
        <translation>은닉 유닛 4개</translation>
    </message>
    <message>
        <source>64</source>
        <translation>64</translation>
    </message>
    <message>
        <source>A decaying learning rate</source>
        <translation>줄어드는 학습률</translation>
    </message>
    <message>
        <source>A learning rate is a positive number, such as 0.05 or 1e-3.</source>
        <translation>학습률은 0.05나 1e-3 같은 양수입니다.</translation>
    </message>
    <message>
        <source>A network's loss is not one bowl: where gradient descent ends depends on where it starts. With two hidden units and seed 2 the XOR loss lingers near log 2 = 0.69 for about sixty steps with a small gradient, at a saddle point, which falls away in one direction, and then finds the way down. With seed 1 the same network settles near 0.39 with a quarter of the samples wrong: a local minimum, where every direction goes up. Four hidden units from seed 1 have more ways down and reach almost zero.</source>
        <translation>신경망의 손실은 그릇 하나가 아닙니다: 경사 하강법이 어디서 끝나는지는 어디서 시작하는지에 달려 있습니다. 은닉 유닛 두 개, 시드 2에서 XOR 손실은 기울기가 작은 채로 약 60단계 동안 log 2 = 0.69 근처에 머뭅니다. 한 방향으로는 아래로 떨어지는 안장점이며, 곧 내려가는 길을 찾습니다. 시드 1에서는 같은 신경망이 샘플의 4분의 1을 틀린 채 0.39 근처에 자리 잡습니다: 모든 방향이 오르막인 지역 최소점입니다. 시드 1에서 은닉 유닛이 네 개면 내려갈 길이 더 많아 거의 0에 이릅니다.</translation>
    </message>
    <message>
        <source>A penalty on the weights (never the biases) added to the loss.</source>
        <translation>손실에 더하는 가중치 페널티입니다 (편향에는 붙이지 않습니다).</translation>
    </message>
    <message>
        <source>A playground for loss functions and gradient descent.</source>
        <translation>손실 함수와 경사 하강법을 직접 움직여 보며 배우는 프로그램입니다.</translation>
    </message>
    <message>
        <source>A playground for loss functions and gradient descent. `lossplay run --help` runs a scenario without a window.</source>
        <translation>손실 함수와 경사 하강법을 직접 움직여 보며 배우는 프로그램입니다. 창 없이 시나리오를 실행하는 방법은 `lossplay run --help`에 있습니다.</translation>
    </message>
    <message>
        <source>About lossplay</source>
        <translation>lossplay 정보</translation>
    </message>
    <message>
        <source>Above the critical learning rate, full-batch gradient descent on this quadratic loss diverges.</source>
        <translation>임계 학습률보다 크면 이 이차 손실에서 전체 배치 경사 하강법이 발산합니다.</translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Adam (rate 1)</source>
        <translation>Adam (학습률 1)</translation>
    </message>
    <message>
        <source>Adam at 0.1</source>
        <translation>Adam, 학습률 0.1</translation>
    </message>
    <message>
        <source>Adam at 3</source>
        <translation>Adam, 학습률 3</translation>
    </message>
    <message>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <source>Add to race</source>
        <translation>비교에 추가</translation>
    </message>
    <message>
        <source>Along the last step</source>
        <translation>마지막 이동을 따라</translation>
    </message>
    <message>
        <source>Animation (GIF or MP4)…</source>
        <translation>애니메이션 (GIF 또는 MP4)…</translation>
    </message>
    <message>
        <source>Animation cancelled; nothing was saved</source>
        <translation>애니메이션을 취소했습니다. 아무것도 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>화살표</translation>
    </message>
    <message>
        <source>At step {step}</source>
        <translation>{step}단계 기준</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Batch (all samples)</source>
        <translation>배치 (모든 샘플)</translation>
    </message>
    <message>
        <source>Batch gradient descent uses every sample for each step: a smooth path. Stochastic gradient descent uses one sample at a time: each step is cheap but points only roughly downhill, so the path is noisy. Mini-batches of 16 sit in between.</source>
        <translation>배치 경사 하강법은 갱신마다 모든 샘플을 써서 경로가 매끄럽습니다. 확률적 경사 하강법은 한 번에 샘플 하나만 써서 한 번 갱신하는 계산은 적지만, 이동 방향이 대략적으로만 내리막이라 경로가 흔들립니다. 크기 16의 미니배치는 그 중간입니다.</translation>
    </message>
    <message>
        <source>Batch gradient descent, SGD and mini-batches</source>
        <translation>배치 경사 하강법, SGD, 미니배치</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Binary cross-entropy</source>
        <translation>이진 교차 엔트로피</translation>
    </message>
    <message>
        <source>Blobs</source>
        <translation>덩어리</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>찾아보기</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 파일</translation>
    </message>
    <message>
        <source>CSV with a header row</source>
        <translation>머리글 행이 있는 CSV</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>설명 줄</translation>
    </message>
    <message>
        <source>Caption: optimizer, learning rate, step and result</source>
        <translation>설명 줄: 옵티마이저, 학습률, 단계, 결과</translation>
    </message>
    <message>
        <source>Choose the file in a dialog.</source>
        <translation>대화상자에서 파일을 고릅니다.</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>동심원</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>클래스 수</translation>
    </message>
    <message>
        <source>Close lossplay</source>
        <translation>lossplay를 닫습니다</translation>
    </message>
    <message>
        <source>Computing the landscape…</source>
        <translation>손실 지형을 계산하는 중…</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <source>Confusion matrix: test samples</source>
        <translation>혼동 행렬: 테스트 샘플</translation>
    </message>
    <message>
        <source>Confusion matrix: training samples</source>
        <translation>혼동 행렬: 학습 샘플</translation>
    </message>
    <message>
        <source>Confusion matrix: validation samples</source>
        <translation>혼동 행렬: 검증 샘플</translation>
    </message>
    <message>
        <source>Constant rate (1.5× critical)</source>
        <translation>일정한 학습률 (임계 학습률의 1.5배)</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>제약 영역</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>Could not open the data</source>
        <translation>데이터를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Could not open the session</source>
        <translation>세션을 열 수 없습니다</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Critical learning rate</source>
        <translation>임계 학습률</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <source>Cross-entropy is the entropy of the targets plus the KL divergence from the targets to the prediction: H(p, q) = H(p) + KL(p‖q). With hard labels H(p) is 0, so the two losses give the same numbers, and the weights keep growing to push every probability towards 1. With label smoothing 0.2 each target keeps 0.2 spread over the three classes, so H(p) = 0.485: the cross-entropy never falls below it, and KL, lower by exactly 0.485 at every step, falls towards 0. Both take the same steps, and the weights stay smaller: the model is no longer pushed to certainty.</source>
        <translation>교차 엔트로피는 목표 분포의 엔트로피에 목표에서 예측까지의 KL 다이버전스를 더한 값입니다: H(p, q) = H(p) + KL(p‖q). 딱 떨어지는 레이블에서는 H(p)가 0이라 두 손실이 같은 숫자를 내고, 가중치는 모든 확률을 1로 밀어붙이려고 계속 커집니다. 레이블 스무딩 0.2를 쓰면 목표마다 0.2가 세 클래스에 고루 퍼져 H(p) = 0.485가 됩니다. 교차 엔트로피는 이 값 아래로 내려가지 못하고, 매 단계 정확히 0.485만큼 낮은 KL은 0을 향해 내려갑니다. 두 손실은 같은 단계를 밟고, 가중치는 더 작게 머뭅니다: 모델이 더는 확신 쪽으로 떠밀리지 않습니다.</translation>
    </message>
    <message>
        <source>Cross-entropy, hard labels</source>
        <translation>교차 엔트로피, 딱 떨어지는 레이블</translation>
    </message>
    <message>
        <source>Cross-entropy, label smoothing 0.2</source>
        <translation>교차 엔트로피, 레이블 스무딩 0.2</translation>
    </message>
    <message>
        <source>Curvature</source>
        <translation>곡률</translation>
    </message>
    <message>
        <source>Custom batch size</source>
        <translation>직접 정한 배치 크기</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>데이터를 CSV로…</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>Data view</source>
        <translation>데이터 보기</translation>
    </message>
    <message>
        <source>Data view as PNG or SVG…</source>
        <translation>데이터 보기를 PNG 또는 SVG로…</translation>
    </message>
    <message>
        <source>Drag to any recorded step: every view shows that step. Left and Right move one step while paused.</source>
        <translation>기록된 아무 단계로 끌어 보세요. 모든 보기가 그 단계를 보여 줍니다. 멈춘 동안 왼쪽·오른쪽 화살표로 한 단계씩 움직입니다.</translation>
    </message>
    <message>
        <source>Draw new data with the next seed.</source>
        <translation>다음 시드로 새 데이터를 만듭니다.</translation>
    </message>
    <message>
        <source>Draw the loss curve growing beside the path.</source>
        <translation>경로 옆에 자라나는 손실 곡선을 그립니다.</translation>
    </message>
    <message>
        <source>Each label is a yes/no question of its own, with its own sigmoid.</source>
        <translation>레이블마다 자기 시그모이드를 가진 별개의 예/아니오 질문입니다.</translation>
    </message>
    <message>
        <source>Each margin loss against the margin m = y·f(x); dots are the training samples.</source>
        <translation>마진 m = y·f(x)에 대한 마진 손실들입니다. 점은 학습 샘플입니다.</translation>
    </message>
    <message>
        <source>Each sample has three yes/no labels, each on beyond its own line, and often several are on at once. A sigmoid and a binary cross-entropy per label treat every label as a question of its own, so a prediction can have two or three labels on, or none; it is judged by subset accuracy (every label right) and Hamming loss (the share of wrong labels). A softmax over classes, as in the blobs variant, makes the classes compete: the probabilities sum to 1 and each sample gets exactly one class.</source>
        <translation>샘플마다 예/아니오 레이블이 세 개 있고, 각 레이블은 자기 직선 너머에서 켜지며 여러 개가 함께 켜질 때가 많습니다. 레이블마다 시그모이드와 이진 교차 엔트로피를 하나씩 쓰면 각 레이블이 저마다 다른 질문이 되어, 예측에서 레이블이 두세 개 켜지거나 하나도 안 켜질 수 있습니다. 평가는 부분집합 정확도(모든 레이블이 맞음)와 해밍 손실(틀린 레이블의 비율)로 합니다. 덩어리 데이터 변형처럼 클래스 전체에 소프트맥스를 쓰면 클래스들이 서로 경쟁합니다: 확률의 합이 1이고 샘플마다 정확히 한 클래스를 받습니다.</translation>
    </message>
    <message>
        <source>Entropy, cross-entropy and KL divergence</source>
        <translation>엔트로피, 교차 엔트로피, KL 다이버전스</translation>
    </message>
    <message>
        <source>Equations</source>
        <translation>수식</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>지수 손실</translation>
    </message>
    <message>
        <source>Exponential decay exp:0.9 (starting at 1.5× critical)</source>
        <translation>지수 감쇠 exp:0.9 (임계 학습률의 1.5배에서 시작)</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>애니메이션 내보내기</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Export: {what}</source>
        <translation>내보내기: {what}</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Feature scaling</source>
        <translation>특성 스케일링</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>특성 수</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Five labels, a sigmoid each</source>
        <translation>레이블 다섯 개, 각각 시그모이드</translation>
    </message>
    <message>
        <source>Five losses for the same pass/fail data, all functions of the margin y·f(x). The 0/1 loss counts mistakes, but it is flat almost everywhere: its gradient is zero, so gradient descent never moves. Its run stops at the step limit and is not called converged, because a zero gradient here does not mean the weights are at a minimum. Hinge, squared hinge, logistic and exponential all slope towards larger margins and do move.</source>
        <translation>같은 합격/불합격 데이터에 대한 다섯 손실로, 모두 마진 y·f(x)의 함수입니다. 0/1 손실은 틀린 개수를 세지만 거의 모든 곳에서 평평해서 기울기가 0이고, 그래서 경사 하강법이 전혀 움직이지 않습니다. 이 학습은 단계 한도에서 멈출 뿐 수렴했다고 하지 않습니다. 여기서 기울기가 0이라는 것은 가중치가 최소점에 있다는 뜻이 아니기 때문입니다. 힌지, 제곱 힌지, 로지스틱, 지수 손실은 모두 마진이 커지는 쪽으로 기울어 있어 움직입니다.</translation>
    </message>
    <message>
        <source>Five losses for the same pass/fail data, all functions of the margin y·f(x). The 0/1 loss counts mistakes, but it is flat almost everywhere: its gradient is zero, so gradient descent never moves. Its run stops at the step limit and is not called converged, because a zero gradient here does not mean the weights are at a minimum. Hinge, squared hinge, logistic and exponential all slope towards larger margins and do move. The logistic loss is binary cross-entropy written for labels −1/+1: log(1 + exp(−y·f(x))) with y = ±1 is bce with the same label as 0/1, one function under two names.</source>
        <translation>같은 합격/불합격 데이터에 대한 다섯 손실로, 모두 마진 y·f(x)의 함수입니다. 0/1 손실은 틀린 개수를 세지만 거의 모든 곳에서 평평해서 기울기가 0이고, 그래서 경사 하강법이 전혀 움직이지 않습니다. 이 학습은 단계 한도에서 멈출 뿐 수렴했다고 하지 않습니다. 여기서 기울기가 0이라는 것은 가중치가 최소점에 있다는 뜻이 아니기 때문입니다. 힌지, 제곱 힌지, 로지스틱, 지수 손실은 모두 마진이 커지는 쪽으로 기울어 있어 움직입니다. 로지스틱 손실은 레이블을 −1/+1로 쓴 이진 교차 엔트로피입니다: y = ±1일 때 log(1 + exp(−y·f(x)))는 같은 레이블을 0/1로 쓴 bce와 같은, 이름만 다른 한 함수입니다.</translation>
    </message>
    <message>
        <source>For the chosen sample: the target distribution p (what the loss aims at) and the model's predicted distribution q, class by class.</source>
        <translation>고른 샘플의 목표 분포 p(손실이 겨냥하는 것)와 모델이 예측한 분포 q를 클래스별로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>초당 프레임</translation>
    </message>
    <message>
        <source>From step</source>
        <translation>시작 단계</translation>
    </message>
    <message>
        <source>Full screen with large text and lines, for a projector</source>
        <translation>프로젝터용: 전체 화면에 큰 글자와 굵은 선</translation>
    </message>
    <message>
        <source>GIF animation</source>
        <translation>GIF 애니메이션</translation>
    </message>
    <message>
        <source>Go back to the starting point</source>
        <translation>시작점으로 되돌아갑니다</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>경사 하강법</translation>
    </message>
    <message>
        <source>Gradient descent (0.9× critical)</source>
        <translation>경사 하강법 (임계 학습률의 0.9배)</translation>
    </message>
    <message>
        <source>Gradient descent at 0.8 (1.5× its critical rate)</source>
        <translation>경사 하강법, 학습률 0.8 (임계 학습률의 1.5배)</translation>
    </message>
    <message>
        <source>H(p, q) = H(p) + KL(p‖q): the loss of this sample.</source>
        <translation>H(p, q) = H(p) + KL(p‖q): 이 샘플의 손실입니다.</translation>
    </message>
    <message>
        <source>Half mean squared error</source>
        <translation>평균 제곱 오차의 절반</translation>
    </message>
    <message>
        <source>Hamming loss</source>
        <translation>해밍 손실</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>높이</translation>
    </message>
    <message>
        <source>Height in pixels (SVG: in points).</source>
        <translation>높이(픽셀, SVG는 포인트)입니다.</translation>
    </message>
    <message>
        <source>Height of the animation in pixels.</source>
        <translation>애니메이션의 높이(픽셀)입니다.</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>은닉 유닛 수</translation>
    </message>
    <message>
        <source>Hide the explanation</source>
        <translation>설명 숨기기</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>Hinge</source>
        <translation>힌지 손실</translation>
    </message>
    <message>
        <source>History as CSV…</source>
        <translation>기록을 CSV로…</translation>
    </message>
    <message>
        <source>House prices</source>
        <translation>집값</translation>
    </message>
    <message>
        <source>House prices made far too high, to see how each loss reacts.</source>
        <translation>지나치게 높은 집값을 넣어 손실마다 어떻게 반응하는지 봅니다.</translation>
    </message>
    <message>
        <source>House-price features: 1 size, 2 adds rooms, 3 adds the distance to the station.</source>
        <translation>집값 특성: 1은 면적, 2는 방 수 추가, 3은 역까지 거리 추가.</translation>
    </message>
    <message>
        <source>How fast the animation steps.</source>
        <translation>애니메이션이 진행되는 빠르기입니다.</translation>
    </message>
    <message>
        <source>How many samples to generate, training and validation together.</source>
        <translation>생성할 샘플 수입니다 (학습과 검증을 합쳐서).</translation>
    </message>
    <message>
        <source>How much the samples scatter around the pattern.</source>
        <translation>샘플이 패턴 주위로 흩어지는 정도입니다.</translation>
    </message>
    <message>
        <source>How the learning rate changes with the step (as torch.optim.lr_scheduler).</source>
        <translation>단계에 따라 학습률이 바뀌는 방식입니다 (torch.optim.lr_scheduler와 같음).</translation>
    </message>
    <message>
        <source>Huber</source>
        <translation>Huber 손실</translation>
    </message>
    <message>
        <source>Huber (δ = 1)</source>
        <translation>Huber (δ = 1)</translation>
    </message>
    <message>
        <source>Huber delta</source>
        <translation>Huber 델타</translation>
    </message>
    <message>
        <source>Just above the critical rate (1.05×)</source>
        <translation>임계 학습률보다 조금 크게 (1.05배)</translation>
    </message>
    <message>
        <source>Just below the critical rate (0.95×)</source>
        <translation>임계 학습률보다 조금 작게 (0.95배)</translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation>KL 다이버전스</translation>
    </message>
    <message>
        <source>KL divergence, hard labels</source>
        <translation>KL 다이버전스, 딱 떨어지는 레이블</translation>
    </message>
    <message>
        <source>KL divergence, label smoothing 0.2</source>
        <translation>KL 다이버전스, 레이블 스무딩 0.2</translation>
    </message>
    <message>
        <source>KL(q‖p) is infinite: q puts probability where p has none.</source>
        <translation>KL(q‖p)는 무한대입니다: p가 0인 곳에 q가 확률을 둡니다.</translation>
    </message>
    <message>
        <source>L1  (λ Σ|w|)</source>
        <translation>L1  (λ Σ|w|)</translation>
    </message>
    <message>
        <source>L1 versus L2</source>
        <translation>L1과 L2</translation>
    </message>
    <message>
        <source>L1, λ = 8</source>
        <translation>L1, λ = 8</translation>
    </message>
    <message>
        <source>L2  (λ Σw²)</source>
        <translation>L2  (λ Σw²)</translation>
    </message>
    <message>
        <source>L2, λ = 8</source>
        <translation>L2, λ = 8</translation>
    </message>
    <message>
        <source>Label smoothing</source>
        <translation>레이블 스무딩</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>레이블 수</translation>
    </message>
    <message>
        <source>Lambda</source>
        <translation>람다</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>지형</translation>
    </message>
    <message>
        <source>Landscape plane</source>
        <translation>지형 평면</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Learning rate 0.001</source>
        <translation>학습률 0.001</translation>
    </message>
    <message>
        <source>Learning rate 0.1</source>
        <translation>학습률 0.1</translation>
    </message>
    <message>
        <source>Learning rate on a log scale from 0.0001 to 10; the red mark is the critical rate.</source>
        <translation>0.0001부터 10까지 로그 눈금의 학습률입니다. 빨간 표시는 임계 학습률입니다.</translation>
    </message>
    <message>
        <source>Learning rate value</source>
        <translation>학습률 값</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>빼고 열기</translation>
    </message>
    <message>
        <source>Leave them out and open the file with the other columns?</source>
        <translation>그 열들을 빼고 나머지 열로 파일을 열까요?</translation>
    </message>
    <message>
        <source>Leave them out and open the file with the other columns? These columns miss values and go too: {columns}</source>
        <translation>그 열들을 빼고 나머지 열로 파일을 열까요? 값이 빠진 다음 열도 함께 뺍니다: {columns}</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>수업 설명</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>수업 제목</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <source>Linear model</source>
        <translation>선형 모델</translation>
    </message>
    <message>
        <source>Linear, one output per class</source>
        <translation>선형, 클래스마다 출력 하나</translation>
    </message>
    <message>
        <source>Local minima and saddle points</source>
        <translation>지역 최소점과 안장점</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <source>Logistic</source>
        <translation>로지스틱 손실</translation>
    </message>
    <message>
        <source>Logistic (BCE on −1/+1 labels)</source>
        <translation>로지스틱 손실 (−1/+1 레이블의 BCE)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Loss chart</source>
        <translation>손실 그래프</translation>
    </message>
    <message>
        <source>Loss chart as PNG or SVG…</source>
        <translation>손실 그래프를 PNG 또는 SVG로…</translation>
    </message>
    <message>
        <source>Loss formula</source>
        <translation>손실 수식</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>손실 지형</translation>
    </message>
    <message>
        <source>Loss landscape as PNG or SVG…</source>
        <translation>손실 지형을 PNG 또는 SVG로…</translation>
    </message>
    <message>
        <source>Loss surface views</source>
        <translation>손실 곡면 보기</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <source>MLP, one hidden layer</source>
        <translation>MLP, 은닉층 하나</translation>
    </message>
    <message>
        <source>MP4 video</source>
        <translation>MP4 동영상</translation>
    </message>
    <message>
        <source>MSE, learning rate 0.3</source>
        <translation>MSE, 학습률 0.3</translation>
    </message>
    <message>
        <source>Make one update</source>
        <translation>가중치를 한 번 갱신합니다</translation>
    </message>
    <message>
        <source>Make one update (or, back on the timeline, show the next recorded step)</source>
        <translation>한 번 갱신합니다 (타임라인에서 이전 단계를 보는 중이면 다음 기록된 단계를 보여 줍니다)</translation>
    </message>
    <message>
        <source>Margin losses</source>
        <translation>마진 손실</translation>
    </message>
    <message>
        <source>Margin losses with the training samples on them (binary classification)</source>
        <translation>학습 샘플을 올린 마진 손실 (이진 분류)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>마진</translation>
    </message>
    <message>
        <source>Margins are for binary classification with one output.</source>
        <translation>마진은 출력이 하나인 이진 분류에서만 씁니다.</translation>
    </message>
    <message>
        <source>Margins as PNG or SVG…</source>
        <translation>마진을 PNG 또는 SVG로…</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>평균 절대 오차</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>평균 제곱 오차</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Mini-batch of 16</source>
        <translation>크기 16의 미니배치</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Model and loss</source>
        <translation>모델과 손실</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>Momentum (0.9× its own critical rate)</source>
        <translation>모멘텀 (모멘텀 임계 학습률의 0.9배)</translation>
    </message>
    <message>
        <source>Momentum and Adam in a valley</source>
        <translation>골짜기에서 모멘텀과 Adam</translation>
    </message>
    <message>
        <source>Momentum at 0.8 (below its bound 1.01)</source>
        <translation>모멘텀, 학습률 0.8 (한계 1.01보다 작음)</translation>
    </message>
    <message>
        <source>Momentum's larger bound, and Adam's lack of one</source>
        <translation>모멘텀의 더 큰 한계, 그리고 한계가 없는 Adam</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>초승달</translation>
    </message>
    <message>
        <source>Multi-label (several yes/no labels)</source>
        <translation>다중 레이블 (예/아니오 레이블 여러 개)</translation>
    </message>
    <message>
        <source>Multi-label versus multiclass</source>
        <translation>다중 레이블과 다중 클래스</translation>
    </message>
    <message>
        <source>Multiclass SVM</source>
        <translation>다중 클래스 SVM</translation>
    </message>
    <message>
        <source>Multiclass hinge (SVM)</source>
        <translation>다중 클래스 힌지 손실 (SVM)</translation>
    </message>
    <message>
        <source>Multiplies the pixels of a PNG, with its lines, markers and text: 2× stays sharp on a projector.</source>
        <translation>PNG의 픽셀 수를 선, 표식, 글자와 함께 늘립니다. 2배로 저장하면 프로젝터에서도 선명합니다.</translation>
    </message>
    <message>
        <source>Multiplies the pixels of a PNG: 2× stays sharp on a projector.</source>
        <translation>PNG의 픽셀 수를 곱합니다. 2배로 저장하면 프로젝터에서도 선명합니다.</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>네스테로프 모멘텀</translation>
    </message>
    <message>
        <source>No single critical learning rate for this setting.</source>
        <translation>이 설정에는 하나로 정해지는 임계 학습률이 없습니다.</translation>
    </message>
    <message>
        <source>No test set: set a test fraction in the Data panel to hold some samples out, untouched until the end.</source>
        <translation>테스트 세트가 없습니다: 데이터 패널에서 테스트 비율을 정하면 샘플 일부를 끝까지 손대지 않고 떼어 둡니다.</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>잡음</translation>
    </message>
    <message>
        <source>Nothing to export yet</source>
        <translation>아직 내보낼 것이 없습니다</translation>
    </message>
    <message>
        <source>Number of blobs, one class each.</source>
        <translation>덩어리 수입니다 (덩어리마다 클래스 하나).</translation>
    </message>
    <message>
        <source>One frame per step, shown this many times a second.</source>
        <translation>단계마다 한 프레임이며, 1초에 이만큼 보여 줍니다.</translation>
    </message>
    <message>
        <source>Open &amp;data…</source>
        <translation>데이터 열기(&amp;D)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 세션(&amp;R)</translation>
    </message>
    <message>
        <source>Open a saved session</source>
        <translation>저장한 세션을 엽니다</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>데이터 열기</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <source>Opposite corners share a class. No straight line separates them, so a linear model stays near chance however long it trains. One hidden layer of four tanh units bends the boundary and separates them.</source>
        <translation>마주 보는 모서리가 같은 클래스입니다. 어떤 직선도 이들을 나누지 못하므로 선형 모델은 아무리 오래 학습해도 무작위로 고른 것과 비슷한 정확도(약 50 %)에 머뭅니다. tanh 유닛 네 개로 된 은닉층 하나가 경계를 구부려 이들을 나눕니다.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>이상치</translation>
    </message>
    <message>
        <source>Outliers: MSE, MAE and Huber</source>
        <translation>이상치: MSE, MAE, Huber 손실</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Pass / fail (1 feature)</source>
        <translation>합격 / 불합격 (특성 1개)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>Pin these optimizer settings as another run on the same data, stepping together (up to 4).</source>
        <translation>이 옵티마이저 설정을 같은 데이터의 또 다른 학습으로 고정해 함께 진행하며 비교합니다 (최대 4개).</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>평면</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>발표 모드</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>확률</translation>
    </message>
    <message>
        <source>Probabilities are for classifiers trained with a log-likelihood: cross-entropy, KL divergence, logistic or binary cross-entropy.</source>
        <translation>확률 보기는 로그 가능도로 학습하는 분류기에서 씁니다: 교차 엔트로피, KL 다이버전스, 로지스틱, 이진 교차 엔트로피.</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>끌어당김</translation>
    </message>
    <message>
        <source>Qt needs system libraries that are missing: on Debian or Ubuntu run `sudo apt install {packages}`, then start lossplay again</source>
        <translation>Qt에 필요한 시스템 라이브러리가 없습니다. Debian이나 Ubuntu에서 `sudo apt install {packages}`를 실행한 뒤 lossplay를 다시 시작하세요</translation>
    </message>
    <message>
        <source>RMSE is the square root of MSE, and the square root never changes which weights are best: both runs end at the same minimum. The scale differs: at the minimum MSE is 51.3 and RMSE is 7.16, its square root. RMSE's gradient is MSE's divided by 2·RMSE, so at the same learning rate its steps are about fourteen times shorter near the minimum; a ten times larger rate brings it there as fast.</source>
        <translation>RMSE는 MSE의 제곱근이고, 제곱근은 어느 가중치가 가장 좋은지를 바꾸지 않습니다: 두 학습은 같은 최소점에서 끝납니다. 눈금은 다릅니다: 최소점에서 MSE는 51.3이고 RMSE는 그 제곱근인 7.16입니다. RMSE의 기울기는 MSE의 기울기를 2·RMSE로 나눈 것이라, 같은 학습률에서는 최소점 근처의 보폭이 약 열네 배 짧습니다. 열 배 큰 학습률이면 그만큼 빨리 도착합니다.</translation>
    </message>
    <message>
        <source>RMSE versus MSE</source>
        <translation>RMSE와 MSE</translation>
    </message>
    <message>
        <source>RMSE, learning rate 0.3</source>
        <translation>RMSE, 학습률 0.3</translation>
    </message>
    <message>
        <source>RMSE, learning rate 3</source>
        <translation>RMSE, 학습률 3</translation>
    </message>
    <message>
        <source>RMSProp</source>
        <translation>RMSProp</translation>
    </message>
    <message>
        <source>RSS = Σ (f(x) − y)²</source>
        <translation>RSS = Σ (f(x) − y)²</translation>
    </message>
    <message>
        <source>Racer {number}</source>
        <translation>비교 학습 {number}</translation>
    </message>
    <message>
        <source>Random start</source>
        <translation>무작위 시작점</translation>
    </message>
    <message>
        <source>Raw house sizes make a badly conditioned valley. Plain gradient descent, even at 0.9 of its critical rate, rushes down the steep sides and then crawls along the flat floor. Momentum keeps speed along the floor; Adam rescales each direction by its own gradient size.</source>
        <translation>원래 단위의 면적은 조건수가 큰, 길고 좁은 골짜기를 만듭니다. 보통의 경사 하강법은 임계 학습률의 0.9배에서도 가파른 벽을 따라 빠르게 내려간 뒤 평평한 바닥을 따라서는 아주 느리게 나아갑니다. 모멘텀은 바닥을 따라 속도를 유지하고, Adam은 방향마다 그 방향의 기울기 크기로 이동량을 조절합니다.</translation>
    </message>
    <message>
        <source>Raw sizes (0.95× critical rate)</source>
        <translation>원래 면적 (임계 학습률의 0.95배)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>다시 생성</translation>
    </message>
    <message>
        <source>Regularization</source>
        <translation>정규화</translation>
    </message>
    <message>
        <source>Remove from race</source>
        <translation>비교에서 빼기</translation>
    </message>
    <message>
        <source>Render the run as an animation</source>
        <translation>학습 과정을 애니메이션으로 만듭니다</translation>
    </message>
    <message>
        <source>Rendering the animation…</source>
        <translation>애니메이션을 만드는 중…</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <source>Residual sum of squares (RSS)</source>
        <translation>잔차 제곱합 (RSS, 제곱 오차의 합)</translation>
    </message>
    <message>
        <source>Root mean squared error</source>
        <translation>평균 제곱근 오차</translation>
    </message>
    <message>
        <source>Rows: the true class. Columns: the class the model predicts. The diagonal holds the right answers.</source>
        <translation>행: 실제 클래스. 열: 모델이 예측한 클래스. 대각선이 맞힌 개수입니다.</translation>
    </message>
    <message>
        <source>Run a scenario without a window and write its numbers.</source>
        <translation>창 없이 시나리오를 실행하고 그 숫자들을 씁니다.</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG 이미지</translation>
    </message>
    <message>
        <source>SVM margin</source>
        <translation>SVM 마진</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>샘플 수</translation>
    </message>
    <message>
        <source>Samples per update: all = batch GD, 1 = SGD, otherwise mini-batch.</source>
        <translation>갱신마다 쓰는 샘플 수: 전체 = 배치 경사 하강법, 1 = SGD, 그 밖에는 미니배치 경사 하강법.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>다른 이름으로 저장</translation>
    </message>
    <message>
        <source>Save as PNG or SVG…</source>
        <translation>PNG 또는 SVG로 저장…</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>PNG로 저장…</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>데이터 저장</translation>
    </message>
    <message>
        <source>Save every step of the run</source>
        <translation>학습의 모든 단계를 저장합니다</translation>
    </message>
    <message>
        <source>Save history</source>
        <translation>기록 저장</translation>
    </message>
    <message>
        <source>Save it as a picture</source>
        <translation>그림으로 저장합니다</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>세션 저장</translation>
    </message>
    <message>
        <source>Save the samples as the model sees them</source>
        <translation>모델이 보는 그대로 샘플을 저장합니다</translation>
    </message>
    <message>
        <source>Save the scenario and seed, to make this run again later</source>
        <translation>나중에 같은 학습을 다시 하도록 시나리오와 시드를 저장합니다</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>저장함: {path}</translation>
    </message>
    <message>
        <source>Saved {path} ({frames} frames)</source>
        <translation>저장함: {path} ({frames}프레임)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>배율</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>스케줄</translation>
    </message>
    <message>
        <source>Schedule factor</source>
        <translation>스케줄 배율</translation>
    </message>
    <message>
        <source>Schedule steps</source>
        <translation>스케줄 단계 수</translation>
    </message>
    <message>
        <source>Score on the test set</source>
        <translation>테스트 세트로 평가</translation>
    </message>
    <message>
        <source>Score the model once on the held-out test samples, after the run has ended</source>
        <translation>학습이 끝난 뒤, 따로 떼어 둔 테스트 샘플로 모델을 한 번 평가합니다</translation>
    </message>
    <message>
        <source>Scored once, at the end. The test samples took no part in training or in choosing the settings, so their score estimates how the model does on new data; choosing by it would turn them into one more validation set.</source>
        <translation>끝에서 한 번 평가했습니다. 테스트 샘플은 학습에도 설정을 고르는 데에도 쓰이지 않았으므로, 그 점수는 모델이 새 데이터에서 얼마나 잘하는지를 추정합니다. 이 점수로 설정을 고르면 테스트 샘플은 검증 세트가 하나 더 생긴 것일 뿐입니다.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Seed 1 with four hidden units</source>
        <translation>시드 1, 은닉 유닛 네 개</translation>
    </message>
    <message>
        <source>Seed 1: stuck in a local minimum</source>
        <translation>시드 1: 지역 최소점에 갇힘</translation>
    </message>
    <message>
        <source>Seed 2: a saddle point, then down</source>
        <translation>시드 2: 안장점, 그다음 내리막</translation>
    </message>
    <message>
        <source>Set up: {variant}</source>
        <translation>설정: {variant}</translation>
    </message>
    <message>
        <source>Share of samples held out as a test set: never trained on, scored once at the end.</source>
        <translation>테스트 세트로 떼어 둘 샘플의 비율입니다: 학습에 쓰지 않고 끝에서 한 번 평가합니다.</translation>
    </message>
    <message>
        <source>Share of samples held out to measure the validation loss.</source>
        <translation>검증 손실을 재려고 떼어 두는 샘플의 비율입니다.</translation>
    </message>
    <message>
        <source>Show the gradient step and the actual step of the last update</source>
        <translation>마지막 갱신의 기울기 방향 이동(−η∇L)과 실제 이동을 보여 줍니다</translation>
    </message>
    <message>
        <source>Show the level set of the L1 or L2 penalty through the current weights</source>
        <translation>현재 가중치를 지나는 L1 또는 L2 페널티의 등고선을 보여 줍니다</translation>
    </message>
    <message>
        <source>Show the loss chart beside the landscape</source>
        <translation>손실 지형 옆에 손실 그래프도 보여 주기</translation>
    </message>
    <message>
        <source>Show the loss chart on a logarithmic axis</source>
        <translation>손실 그래프를 로그 축으로 보여 줍니다</translation>
    </message>
    <message>
        <source>Show the step before on the timeline</source>
        <translation>타임라인에서 이전 단계를 보여 줍니다</translation>
    </message>
    <message>
        <source>Show the valley's axes through the minimum (the Hessian's eigen-directions) with their curvature λ and the factor by which each step multiplies the distance along them</source>
        <translation>최소점을 지나는 골짜기의 축(헤세 행렬의 고유 방향)과 그 곡률 λ, 그리고 한 번 이동할 때마다 그 축을 따라 거리에 곱해지는 배율을 보여 줍니다</translation>
    </message>
    <message>
        <source>Show which training samples pull hardest on the weights: rings on the data sized by each sample's share of the gradient, and their terms of the step as arrows beside the whole step (up to 500 samples)</source>
        <translation>가중치를 가장 세게 끌어당기는 학습 샘플을 보여 줍니다. 데이터에는 샘플마다 기울기에서 차지하는 몫에 비례하는 고리를, 손실 지형에는 그 샘플들의 이동 몫을 전체 이동과 함께 화살표로 그립니다 (샘플 500개까지)</translation>
    </message>
    <message>
        <source>Six listings have prices far too high. Mean squared error squares their residuals, so they pull the fitted line up towards them. Mean absolute error and Huber grow only linearly far from the line, so the outliers pull much less. Compare the fitted lines in the data view.</source>
        <translation>매물 여섯 개의 가격이 지나치게 높습니다. 평균 제곱 오차는 잔차를 제곱하므로 이상치가 적합선을 위로 끌어당깁니다. 평균 절대 오차와 Huber는 선에서 멀어져도 선형으로만 커지므로 훨씬 덜 끌려갑니다. 데이터 보기에서 적합선을 비교해 보세요.</translation>
    </message>
    <message>
        <source>Sixty noisy moons, half held out for validation, and a flexible MLP with 16 hidden units. The training loss falls towards zero while the validation loss turns and rises: the model learns the noise of its training samples, which is overfitting. The validation set is how you notice; stopping where its loss is lowest is early stopping.</source>
        <translation>잡음 섞인 초승달 샘플 60개 중 절반을 검증용으로 떼어 두고, 은닉 유닛 16개의 유연한 MLP를 씁니다. 학습 손실은 0을 향해 떨어지지만 검증 손실은 방향을 바꿔 올라갑니다. 모델이 학습 샘플의 잡음까지 배우는 과적합입니다. 검증 데이터로 과적합을 알아차릴 수 있고, 검증 손실이 가장 낮을 때 멈추는 것이 조기 종료입니다.</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>단면</translation>
    </message>
    <message>
        <source>Softmax cross-entropy versus multiclass SVM</source>
        <translation>소프트맥스 교차 엔트로피와 다중 클래스 SVM</translation>
    </message>
    <message>
        <source>Space: play / pause · →: one step · R: reset · click the landscape: new start.</source>
        <translation>Space: 재생/일시정지 · →: 한 단계 · R: 처음으로 · 지형 클릭: 새 시작점</translation>
    </message>
    <message>
        <source>Sparse cross-entropy</source>
        <translation>희소 교차 엔트로피</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>Squared hinge</source>
        <translation>제곱 힌지 손실</translation>
    </message>
    <message>
        <source>Standardise each feature to mean 0 and spread 1, or keep the raw units.</source>
        <translation>각 특성을 평균 0, 표준편차 1로 표준화하거나 원래 단위를 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Standardised sizes (0.5× critical rate)</source>
        <translation>표준화한 면적 (임계 학습률의 0.5배)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Start from a random point on the landscape</source>
        <translation>손실 지형의 무작위 지점에서 시작합니다</translation>
    </message>
    <message>
        <source>Start or pause the run</source>
        <translation>학습을 시작하거나 일시정지합니다</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <source>Step decay: every S steps; cosine: over T steps; warm-up: over K steps.</source>
        <translation>계단식 감쇠: S단계마다, 코사인: T단계에 걸쳐, 워밍업: K단계에 걸쳐.</translation>
    </message>
    <message>
        <source>Step decay: the factor G every S steps; exponential: the factor G every step.</source>
        <translation>계단식 감쇠: S단계마다 배율 G, 지수 감쇠: 단계마다 배율 G.</translation>
    </message>
    <message>
        <source>Step limit</source>
        <translation>단계 한도</translation>
    </message>
    <message>
        <source>Stochastic (1 sample)</source>
        <translation>확률적 (샘플 1개)</translation>
    </message>
    <message>
        <source>Strength λ of the regularization penalty.</source>
        <translation>정규화 페널티의 세기 λ입니다.</translation>
    </message>
    <message>
        <source>Sum of squared errors</source>
        <translation>제곱 오차의 합</translation>
    </message>
    <message>
        <source>Take this run out of the race.</source>
        <translation>이 학습을 비교에서 뺍니다.</translation>
    </message>
    <message>
        <source>Target and predicted probabilities of a sample, with entropy, cross-entropy and KL; −log q with every sample on it</source>
        <translation>샘플 하나의 목표 확률과 예측 확률, 그리고 엔트로피·교차 엔트로피·KL; 모든 샘플을 올린 −log q</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>목표 열</translation>
    </message>
    <message>
        <source>Target columns</source>
        <translation>목표 열 목록</translation>
    </message>
    <message>
        <source>Targets (1 − e) one-hot + e / classes for the softmax losses; with it, KL is cross-entropy minus the targets' entropy.</source>
        <translation>소프트맥스 손실의 목표를 (1 − e) 원-핫 + e / 클래스 수로 바꿉니다. 이때 KL은 교차 엔트로피에서 목표의 엔트로피를 뺀 값입니다.</translation>
    </message>
    <message>
        <source>Test fraction</source>
        <translation>테스트 비율</translation>
    </message>
    <message>
        <source>Text columns</source>
        <translation>텍스트 열</translation>
    </message>
    <message>
        <source>The bowl of mean squared error on house sizes, with a learning rate a thousand times below its critical one. Every step goes the right way, but the steps are small: after 300 of them the weights have covered 45 % of the way to the minimum and the loss has fallen by two thirds, while a rate of 0.1 gets all the way there. Compare the two loss charts.</source>
        <translation>집 면적에 대한 평균 제곱 오차의 손실 지형에서 임계 학습률의 천분의 일인 학습률을 씁니다. 매 단계가 올바른 방향으로 가지만 보폭이 작아서, 300단계 뒤에 가중치는 최소점까지 가는 길의 45 %를 왔고 손실은 3분의 2만큼 줄었습니다. 학습률 0.1은 그동안 최소점까지 다 갑니다. 두 손실 그래프를 비교해 보세요.</translation>
    </message>
    <message>
        <source>The bowl of mean squared error with a learning rate 1.5 times its critical one. Kept constant, every step overshoots further and the run diverges. With exponential decay (exp:0.9) the rate shrinks by 10 % after every step: the first few steps still overshoot and the loss climbs, but once the rate is below the critical one the bounces shrink and the run settles at the minimum. Compare the two loss charts.</source>
        <translation>평균 제곱 오차의 손실 지형에서 임계 학습률의 1.5배인 학습률을 씁니다. 학습률을 그대로 두면 이동할 때마다 최소점을 점점 더 멀리 지나쳐 학습이 발산합니다. 지수 감쇠(exp:0.9)를 쓰면 학습률이 갱신마다 10 %씩 줄어듭니다. 처음 몇 번의 이동은 여전히 지나쳐서 손실이 올라가지만, 학습률이 임계 학습률보다 작아지면 튕김이 줄어들고 학습이 최소점에 자리 잡습니다. 두 손실 그래프를 비교해 보세요.</translation>
    </message>
    <message>
        <source>The first step of the run the animation shows.</source>
        <translation>애니메이션이 보여 줄 첫 단계입니다.</translation>
    </message>
    <message>
        <source>The last step of the run the animation shows.</source>
        <translation>애니메이션이 보여 줄 마지막 단계입니다.</translation>
    </message>
    <message>
        <source>The long, narrow bowl of the first lesson at learning rate 0.8: 1.5 times gradient descent's critical rate 2/λmax = 0.533. Plain gradient descent diverges. Momentum μ = 0.9 has the larger bound 2(1 + μ)/λmax = 1.01, so the same rate converges; Curvature shows each axis's factor per step. Adam follows no such bound: it divides each step by the running size of the gradient, so every weight moves by about the learning rate per step, whatever the curvature. At rate 3 it still converges; at rate 0.1 it crawls.</source>
        <translation>첫 수업의 길고 좁은 골짜기 모양 손실 지형에서 학습률 0.8을 씁니다. 경사 하강법의 임계 학습률 2/λmax = 0.533의 1.5배입니다. 보통의 경사 하강법은 발산합니다. 모멘텀 μ = 0.9의 한계는 그보다 큰 2(1 + μ)/λmax = 1.01이므로 같은 학습률로도 수렴합니다. 곡률 보기를 켜면 축마다 한 번 이동할 때 곱해지는 배율이 보입니다. Adam에는 이런 한계가 없습니다. 각 이동을 기울기의 이동 평균 크기로 나누므로, 곡률과 상관없이 가중치마다 한 번에 학습률 정도씩 움직입니다. 학습률 3에서도 수렴하고, 0.1에서는 아주 느리게 나아갑니다.</translation>
    </message>
    <message>
        <source>The loss along the last step: did it land past the lowest point?</source>
        <translation>마지막 이동을 따라 자른 손실: 가장 낮은 점을 지나쳤을까요?</translation>
    </message>
    <message>
        <source>The loss being minimised; only those that fit the data are offered.</source>
        <translation>최소화할 손실입니다. 데이터에 맞는 것만 보입니다.</translation>
    </message>
    <message>
        <source>The loss landscape as a surface with the path on it; drag to turn it</source>
        <translation>경로를 얹은 곡면으로 본 손실 지형입니다. 끌어서 돌려 보세요</translation>
    </message>
    <message>
        <source>The loss landscape as a surface with the path on it; drag to turn it.</source>
        <translation>경로를 얹은 곡면으로 본 손실 지형입니다. 끌어서 돌려 보세요.</translation>
    </message>
    <message>
        <source>The loss on the straight line through the last step: 0 is where the step started, 1 where it landed</source>
        <translation>마지막 이동을 지나는 직선 위의 손실입니다. 0은 이동을 시작한 곳, 1은 도착한 곳입니다</translation>
    </message>
    <message>
        <source>The loss over the plane of two weights, with the path of the run</source>
        <translation>두 가중치 평면 위의 손실과 학습 경로</translation>
    </message>
    <message>
        <source>The loss, its gradient and the last update with its numbers</source>
        <translation>손실, 기울기, 그리고 숫자로 본 마지막 갱신</translation>
    </message>
    <message>
        <source>The loss, its gradient and the last update, parameter by parameter.</source>
        <translation>손실, 기울기, 그리고 파라미터별 마지막 갱신입니다.</translation>
    </message>
    <message>
        <source>The margin Δ of the multiclass SVM: each wrong class should score Δ below the right one.</source>
        <translation>다중 클래스 SVM의 마진 Δ입니다: 틀린 클래스마다 점수가 맞는 클래스보다 Δ만큼 낮아야 합니다.</translation>
    </message>
    <message>
        <source>The model whose weights gradient descent moves.</source>
        <translation>경사 하강법이 가중치를 움직일 모델입니다.</translation>
    </message>
    <message>
        <source>The plane of the landscape for models with more than two parameters.</source>
        <translation>파라미터가 셋 이상인 모델에서 손실 지형을 그릴 평면입니다.</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same data and the same run.</source>
        <translation>난수 시드입니다. 같은 시드는 같은 데이터와 같은 학습을 만듭니다.</translation>
    </message>
    <message>
        <source>The run stops after this many updates.</source>
        <translation>이만큼 갱신하면 학습이 멈춥니다.</translation>
    </message>
    <message>
        <source>The same bowl with a learning rate a thousand times below the critical one. Every step goes the right way, but the steps are so small that after 300 of them the weights have barely left the start. Compare with a sensible rate.</source>
        <translation>같은 손실 지형에서 임계 학습률의 천분의 일인 학습률을 씁니다. 매번 올바른 방향으로 이동하지만 이동량이 너무 작아서, 300단계 뒤에도 가중치가 시작점을 거의 떠나지 못합니다. 적당한 학습률과 비교해 보세요.</translation>
    </message>
    <message>
        <source>The samples (hollow: validation) with what the current weights predict.</source>
        <translation>샘플(속이 빈 점: 검증)과 현재 가중치의 예측입니다.</translation>
    </message>
    <message>
        <source>The samples and what the current weights predict</source>
        <translation>샘플과 현재 가중치의 예측</translation>
    </message>
    <message>
        <source>The test set is scored once, when the run has ended: looked at while settings are still being chosen, it would be one more validation set.</source>
        <translation>테스트 세트는 학습이 끝났을 때 한 번만 평가합니다: 설정을 고르는 중에 들여다보면 검증 세트가 하나 더 생긴 것일 뿐입니다.</translation>
    </message>
    <message>
        <source>The training loss over the weights; click to move the starting point there.</source>
        <translation>가중치에 따른 학습 손실입니다. 클릭하면 그 지점이 시작점이 됩니다.</translation>
    </message>
    <message>
        <source>The update rule (as in torch.optim, default hyperparameters).</source>
        <translation>갱신 규칙입니다 (torch.optim과 같고 기본 하이퍼파라미터 사용).</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>This sample</source>
        <translation>이 샘플</translation>
    </message>
    <message>
        <source>Three classes, one output per class. Cross-entropy keeps pushing every sample towards more confidence, so its loss never reaches zero. The multiclass SVM (hinge) loss is satisfied once the right class wins by a margin of 1, and then stops caring.</source>
        <translation>클래스 셋, 클래스마다 출력 하나입니다. 교차 엔트로피는 모든 샘플을 계속 더 확신하는 쪽으로 밀어서 손실이 0에 닿지 않습니다. 다중 클래스 SVM(힌지) 손실은 정답 클래스가 마진 1 이상으로 이기면 만족하고 더는 신경 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Three classes, one softmax</source>
        <translation>클래스 세 개, 소프트맥스 하나</translation>
    </message>
    <message>
        <source>Three labels, a sigmoid each</source>
        <translation>레이블 세 개, 각각 시그모이드</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>To step</source>
        <translation>끝 단계</translation>
    </message>
    <message>
        <source>Too large a learning rate</source>
        <translation>너무 큰 학습률</translation>
    </message>
    <message>
        <source>Too small a learning rate</source>
        <translation>너무 작은 학습률</translation>
    </message>
    <message>
        <source>Train on your own CSV file</source>
        <translation>내 CSV 파일로 학습합니다</translation>
    </message>
    <message>
        <source>Train until the step limit</source>
        <translation>단계 한도까지 학습</translation>
    </message>
    <message>
        <source>Training loss (solid) and validation loss (dashed) after each step.</source>
        <translation>각 단계 뒤의 학습 손실(실선)과 검증 손실(점선)입니다.</translation>
    </message>
    <message>
        <source>Training versus validation loss</source>
        <translation>학습 손실과 검증 손실</translation>
    </message>
    <message>
        <source>Training, validation and test sets</source>
        <translation>학습, 검증, 테스트 세트</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>실행 도구 모음</translation>
    </message>
    <message>
        <source>Two correlated features make the bowl of mean squared error long and narrow. Its critical learning rate, 2/λmax, is set by the steep direction and marked in red on the slider. Just above it, every step overshoots across the valley by more than it started with: the path zig-zags, and the zig-zags grow along the steep direction until the loss explodes. Just below it, the same zig-zags shrink and the run converges, slowly along the flat floor of the valley. Switch between the two and watch the path and the loss chart.</source>
        <translation>상관된 두 특성 때문에 평균 제곱 오차의 손실 지형이 길고 좁은 골짜기가 됩니다. 임계 학습률 2/λmax는 가파른 방향이 정하며, 슬라이더에 빨간색으로 표시됩니다. 학습률이 임계 학습률보다 조금 크면 매번의 이동이 골짜기를 가로질러 처음보다 더 멀리 넘어갑니다. 경로가 지그재그로 움직이고, 그 지그재그가 가파른 방향으로 커지다가 손실이 발산합니다. 조금 작으면 같은 지그재그가 줄어들어 수렴하며, 골짜기의 평평한 바닥을 따라서는 천천히 움직입니다. 두 경우를 번갈아 보며 경로와 손실 그래프를 살펴보세요.</translation>
    </message>
    <message>
        <source>Two features: the size, and the number of rooms, which adds little once the size is known. L1 regularization pulls every weight towards zero by the same amount, so the rooms weight reaches zero and then never strays from it by more than one update's pull (learning rate × λ). L2 pulls in proportion to the weight, so it only shrinks both.</source>
        <translation>특성은 두 개입니다. 면적, 그리고 면적을 알면 별로 보탤 것이 없는 방 수입니다. L1 정규화는 모든 가중치를 같은 크기로 0 쪽으로 당겨서, 방 수의 가중치는 0에 닿은 뒤로 0에서 한 번의 갱신이 당기는 크기(학습률 × λ)보다 더 멀어지지 않습니다. L2는 가중치에 비례해 당기므로 둘 다 줄이기만 합니다.</translation>
    </message>
    <message>
        <source>Two hundred noisy moons split three ways: half to train on, a quarter to choose with (validation) and a quarter kept aside (test). Train the MLP with 1, 4 and 16 hidden units and compare their validation metrics: 4 units score as well as 16 with a lower validation loss, and 1 unit is too simple. Only then score the chosen model on the test set, once: its test accuracy is the estimate for new data, lower than its training accuracy. A test set used for choosing would become one more validation set, and its score would flatter the model.</source>
        <translation>잡음이 많은 달 모양 샘플 200개를 셋으로 나눕니다: 절반은 학습용, 4분의 1은 고르기용(검증), 4분의 1은 따로 둡니다(테스트). 은닉 유닛이 1개, 4개, 16개인 MLP를 학습하고 검증 지표를 비교하세요: 4개는 16개만큼 점수가 좋으면서 검증 손실이 더 낮고, 1개는 너무 단순합니다. 그다음에야 고른 모델을 테스트 세트로 한 번 평가합니다: 그 테스트 정확도가 새 데이터에 대한 추정치이며, 학습 정확도보다 낮습니다. 고르는 데 쓴 테스트 세트는 검증 세트가 하나 더 생긴 것일 뿐이고, 그 점수는 모델을 실제보다 좋게 보이게 합니다.</translation>
    </message>
    <message>
        <source>Type a learning rate and press Enter.</source>
        <translation>학습률을 입력하고 Enter를 누르세요.</translation>
    </message>
    <message>
        <source>Units in the MLP's hidden layer (tanh).</source>
        <translation>MLP 은닉층(tanh)의 유닛 수입니다.</translation>
    </message>
    <message>
        <source>Unscaled, the house size runs from 30 to 180 m² while the bias moves prices by single units: the bowl becomes a long, narrow valley. Only a tiny learning rate survives, and the path zig-zags across the valley instead of walking along it. Standardise the size and the same data gives a round bowl that gradient descent walks straight into.</source>
        <translation>스케일링하지 않으면 면적은 30에서 180 m²까지인데 편향은 가격을 한 단위씩 움직여, 손실 지형이 조건수가 큰, 길고 좁은 골짜기가 됩니다. 아주 작은 학습률에서만 발산하지 않으며, 경로는 골짜기를 따라가지 못하고 가로질러 지그재그로 움직입니다. 면적을 표준화하면 같은 데이터의 손실 지형이 둥근 그릇 모양이 되어 경사 하강법이 최소점으로 곧장 내려갑니다.</translation>
    </message>
    <message>
        <source>Update rule</source>
        <translation>갱신 규칙</translation>
    </message>
    <message>
        <source>Update to step {step}</source>
        <translation>{step}단계 갱신</translation>
    </message>
    <message>
        <source>Validation fraction</source>
        <translation>검증 비율</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Wait until the landscape has been computed.</source>
        <translation>손실 지형 계산이 끝날 때까지 기다려 주세요.</translation>
    </message>
    <message>
        <source>What cross-entropy charges a sample: −log of the probability the model gives its true class. It is 0 at q = 1 and rises to infinity as q goes to 0. Dots are the training samples; click one to see its bars.</source>
        <translation>교차 엔트로피가 샘플 하나에 매기는 값입니다: 모델이 실제 클래스에 준 확률의 −log. q = 1에서 0이고, q가 0으로 가면 무한대로 커집니다. 점은 학습 샘플이며, 하나를 클릭하면 그 막대를 보여 줍니다.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>무슨 일이 있었나</translation>
    </message>
    <message>
        <source>What lossplay is</source>
        <translation>lossplay 소개</translation>
    </message>
    <message>
        <source>What the model is judged by: training and validation metrics, live, and the test set scored once at the end</source>
        <translation>모델을 평가하는 기준입니다: 학습·검증 지표를 실시간으로, 테스트 세트는 끝에서 한 번만 평가합니다</translation>
    </message>
    <message>
        <source>Where the Huber loss turns from squared to linear.</source>
        <translation>Huber 손실이 제곱에서 선형으로 바뀌는 지점입니다.</translation>
    </message>
    <message>
        <source>Where to save; the extension chooses the format.</source>
        <translation>저장할 곳입니다. 확장자가 형식을 정합니다.</translation>
    </message>
    <message>
        <source>Which column should the model predict?</source>
        <translation>모델이 어느 열을 예측해야 하나요?</translation>
    </message>
    <message>
        <source>Which column should the model predict? Tick several columns of 0 and 1 for multi-label data: each becomes a yes/no label with its own sigmoid.</source>
        <translation>모델이 어느 열을 예측해야 하나요? 다중 레이블 데이터라면 0과 1로 된 열을 여러 개 고르세요. 열마다 자기 시그모이드를 가진 예/아니오 레이블이 됩니다.</translation>
    </message>
    <message>
        <source>Which data set to generate.</source>
        <translation>생성할 데이터셋입니다.</translation>
    </message>
    <message>
        <source>Which label's samples and regions the view shows: each label is a yes/no question of its own, with its own sigmoid</source>
        <translation>보기에 나타낼 레이블의 샘플과 영역: 레이블마다 자기 시그모이드를 가진 별개의 예/아니오 질문입니다</translation>
    </message>
    <message>
        <source>Whole window</source>
        <translation>창 전체</translation>
    </message>
    <message>
        <source>Whole window as PNG or SVG…</source>
        <translation>창 전체를 PNG 또는 SVG로…</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>너비</translation>
    </message>
    <message>
        <source>Width in pixels (SVG: in points).</source>
        <translation>너비(픽셀, SVG는 포인트)입니다.</translation>
    </message>
    <message>
        <source>Width of the animation in pixels.</source>
        <translation>애니메이션의 너비(픽셀)입니다.</translation>
    </message>
    <message>
        <source>Write a line under every frame that says the step and, at the end, the result.</source>
        <translation>모든 프레임 아래에 단계를, 마지막 프레임에는 결과를 한 줄로 적습니다.</translation>
    </message>
    <message>
        <source>Write a line under the figure that says which run it shows.</source>
        <translation>그림 아래에 어떤 학습을 보여 주는지 한 줄로 적습니다.</translation>
    </message>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Yes/no labels per sample of the multi-label data.</source>
        <translation>다중 레이블 데이터에서 샘플마다 붙는 예/아니오 레이블의 수입니다.</translation>
    </message>
    <message>
        <source>Your data: {name}</source>
        <translation>내 데이터: {name}</translation>
    </message>
    <message>
        <source>Your own mini-batch size.</source>
        <translation>직접 정하는 미니배치 크기입니다.</translation>
    </message>
    <message>
        <source>[f_j − f_y + 1 &gt; 0] / n for j ≠ y; minus their count for y</source>
        <translation>j ≠ y: [f_j − f_y + 1 &gt; 0] / n;  j = y: −(j ≠ y 값들의 합)</translation>
    </message>
    <message>
        <source>[f_j − f_y + Δ &gt; 0] / n for j ≠ y; minus their count for y</source>
        <translation>j ≠ y: [f_j − f_y + Δ &gt; 0] / n;  j = y: −(j ≠ y 값들의 합)</translation>
    </message>
    <message>
        <source>a learning-rate schedule is written as text, such as exp:0.95</source>
        <translation>학습률 스케줄은 exp:0.95처럼 글자로 적습니다</translation>
    </message>
    <message>
        <source>a line under each figure: optimizer, learning rate, steps, final loss and result (animations always have one)</source>
        <translation>그림마다 아래에 한 줄: 옵티마이저, 학습률, 단계 수, 최종 손실, 결과 (애니메이션에는 늘 있습니다)</translation>
    </message>
    <message>
        <source>a multi-label target column holds only 0 and 1; '{column}' does not</source>
        <translation>다중 레이블 목표 열에는 0과 1만 있어야 합니다. '{column}' 열은 그렇지 않습니다</translation>
    </message>
    <message>
        <source>a new branch from step {step}</source>
        <translation>{step}단계에서 새 갈래로 이어 감</translation>
    </message>
    <message>
        <source>a run in the race</source>
        <translation>비교 목록의 한 학습</translation>
    </message>
    <message>
        <source>a run in the race has batch size {batch}; it must be 'all' or a whole number</source>
        <translation>비교 목록의 한 학습에 배치 크기 {batch} 값이 있습니다. 배치 크기는 'all' 또는 정수여야 합니다</translation>
    </message>
    <message>
        <source>a run in the race has learning rate {lr}; it must be a positive number</source>
        <translation>비교 목록의 한 학습에 학습률 {lr} 값이 있습니다. 학습률은 양수여야 합니다</translation>
    </message>
    <message>
        <source>a run in the race has unknown optimizer '{optimizer}'</source>
        <translation>비교 목록의 한 학습에 알 수 없는 옵티마이저가 있습니다: '{optimizer}'</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object of settings</source>
        <translation>시나리오는 설정들의 JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>above the critical learning rate {lr}: gradient descent will diverge</source>
        <translation>임계 학습률 {lr} 초과: 경사 하강법이 발산합니다</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>actual step</source>
        <translation>실제 이동</translation>
    </message>
    <message>
        <source>actual {target}</source>
        <translation>실제 {target}</translation>
    </message>
    <message>
        <source>add L * sum w^2 to the objective</source>
        <translation>목적 함수에 L * sum w^2 항을 더합니다</translation>
    </message>
    <message>
        <source>add L * sum|w| to the objective</source>
        <translation>목적 함수에 L * sum|w| 항을 더합니다</translation>
    </message>
    <message>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>all (batch gradient descent)</source>
        <translation>전체 (배치 경사 하강법)</translation>
    </message>
    <message>
        <source>all = batch GD, 1 = SGD, N = mini-batch (default all)</source>
        <translation>all = 배치 경사 하강법, 1 = SGD, N = 미니배치 (기본값 all)</translation>
    </message>
    <message>
        <source>also write run.gif or run.mp4: the path growing on the landscape</source>
        <translation>run.gif 또는 run.mp4도 씁니다: 손실 지형 위에서 자라는 경로</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>모호한 옵션: %(option)s (해당할 수 있는 옵션: %(matches)s)</translation>
    </message>
    <message>
        <source>an mlp with {hidden} hidden units on {samples} samples does not fit: lossplay takes samples × hidden units up to {most}</source>
        <translation>mlp(은닉 유닛 {hidden}개, 샘플 {samples}개)는 메모리에 맞지 않습니다. 샘플 수 × 은닉 유닛 수의 상한: {most}</translation>
    </message>
    <message>
        <source>an mlp with {hidden} hidden units on {samples} samples would compute for minutes: lossplay takes samples × hidden units × (steps + {points} landscape points) up to {most}; use fewer samples, hidden units or steps</source>
        <translation>mlp(은닉 유닛 {hidden}개, 샘플 {samples}개)는 계산에 몇 분이 걸립니다. 샘플 수 × 은닉 유닛 수 × (단계 수 + 손실 지형 격자점 {points}개)의 상한: {most}. 샘플, 은닉 유닛 또는 단계 수를 줄이세요</translation>
    </message>
    <message>
        <source>animation size must be between 64x64 and 7680x4320, got {width}x{height}</source>
        <translation>애니메이션 크기는 64x64에서 7680x4320 사이여야 합니다. 받은 값: {width}x{height}</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>인수 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>as fast as possible</source>
        <translation>최대한 빠르게</translation>
    </message>
    <message>
        <source>at the critical learning rate {lr}: the run oscillates without growing or shrinking</source>
        <translation>임계 학습률 = {lr}: 커지지도 줄지도 않고 진동합니다</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>back-propagation</source>
        <translation>역전파</translation>
    </message>
    <message>
        <source>batch size must be 'all' or a whole number of at least 1, got {batch_size}</source>
        <translation>배치 크기는 'all' 또는 1 이상의 정수여야 합니다. 받은 값: {batch_size}</translation>
    </message>
    <message>
        <source>batch size {batch_size} is larger than the {count} training samples</source>
        <translation>배치 크기가 학습 샘플 수보다 큽니다: 배치 크기 {batch_size}, 학습 샘플 {count}개</translation>
    </message>
    <message>
        <source>blobs have 2 to 5 classes, got {classes}</source>
        <translation>덩어리 데이터의 클래스 수는 2에서 5입니다. 받은 값: {classes}</translation>
    </message>
    <message>
        <source>cannot create output directory {out_dir}: {reason}</source>
        <translation>출력 폴더를 만들 수 없습니다: {out_dir} ({reason})</translation>
    </message>
    <message>
        <source>cannot read {file}: it is not UTF-8 text (byte {position})</source>
        <translation>파일 {file} 읽기 실패: UTF-8 텍스트가 아닙니다 (바이트 위치 {position})</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>파일을 읽을 수 없습니다: {file} ({reason})</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>파일을 읽을 수 없습니다: {path} ({reason})</translation>
    </message>
    <message>
        <source>cannot read {what}: it is not {encoding} text (byte {position})</source>
        <translation>{what} 읽기 실패: {encoding} 텍스트가 아닙니다 (바이트 위치 {position})</translation>
    </message>
    <message>
        <source>cannot read {what}: {reason}</source>
        <translation>읽을 수 없습니다: {what} ({reason})</translation>
    </message>
    <message>
        <source>cannot save {file}: choose a .gif or .mp4 file name</source>
        <translation>저장할 수 없습니다: {file}. .gif 또는 .mp4 파일 이름을 고르세요</translation>
    </message>
    <message>
        <source>cannot save {file}: choose a .png or .svg file name</source>
        <translation>저장할 수 없습니다: {file}. .png 또는 .svg 파일 이름을 고르세요</translation>
    </message>
    <message>
        <source>cannot write {path}</source>
        <translation>쓸 수 없는 파일: {path}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>파일에 쓸 수 없습니다: {path} ({reason})</translation>
    </message>
    <message>
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>class {target} · predicted class {prediction}</source>
        <translation>클래스 {target} · 예측한 클래스 {prediction}</translation>
    </message>
    <message>
        <source>colours of the plots and the animation: light, dark or contrast (high contrast, white on black) (default light)</source>
        <translation>그림과 애니메이션의 색: light, dark, contrast (고대비, 검은 바탕에 흰색) (기본값 light)</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>converged</source>
        <translation>수렴</translation>
    </message>
    <message>
        <source>converged at step {step}</source>
        <translation>{step}단계에서 수렴</translation>
    </message>
    <message>
        <source>converged: {steps} steps, final loss {loss}; wrote {out}</source>
        <translation>수렴: {steps}단계, 최종 손실 {loss}; 출력 폴더: {out}</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>코사인</translation>
    </message>
    <message>
        <source>critical learning rate {lr}: above it, gradient descent diverges</source>
        <translation>임계 학습률 {lr}: 이보다 크면 경사 하강법이 발산합니다</translation>
    </message>
    <message>
        <source>cross_entropy, sparse_cross_entropy and kl_div: targets (1 - E) one-hot + E / classes, 0 &lt;= E &lt; 1 (default 0)</source>
        <translation>cross_entropy, sparse_cross_entropy, kl_div: 목표를 (1 - E) 원-핫 + E / 클래스 수로 바꿉니다, 0 &lt;= E &lt; 1 (기본값 0)</translation>
    </message>
    <message>
        <source>csv:PATH data: leave out the feature columns that are not all numbers (text, or a missing value) instead of refusing the file</source>
        <translation>csv:PATH 데이터: 파일을 거부하는 대신, 모두 숫자는 아닌 특성 열(텍스트나 빈 값이 있는 열)을 빼고 읽습니다</translation>
    </message>
    <message>
        <source>current weights</source>
        <translation>현재 가중치</translation>
    </message>
    <message>
        <source>custom…</source>
        <translation>직접 입력…</translation>
    </message>
    <message>
        <source>data kind</source>
        <translation>데이터 종류</translation>
    </message>
    <message>
        <source>data set: {kinds}, or csv:PATH for your own (default house)</source>
        <translation>데이터: {kinds}, 또는 내 데이터는 csv:PATH (기본값 house)</translation>
    </message>
    <message>
        <source>delta of the huber loss (default 1)</source>
        <translation>Huber 손실의 델타 (기본값 1)</translation>
    </message>
    <message>
        <source>direction 1 (principal)</source>
        <translation>방향 1 (주성분)</translation>
    </message>
    <message>
        <source>direction 2 (principal)</source>
        <translation>방향 2 (주성분)</translation>
    </message>
    <message>
        <source>directory for the numbers (summary.json, history.csv, data.csv, landscape.npz) and the plots (landscape, loss, data as .png and .svg)</source>
        <translation>숫자 파일(summary.json, history.csv, data.csv, landscape.npz)과 그림(손실 지형, 손실, 데이터의 .png와 .svg)을 쓸 폴더</translation>
    </message>
    <message>
        <source>distance to station (km)</source>
        <translation>역까지 거리 (km)</translation>
    </message>
    <message>
        <source>diverged at step {step}</source>
        <translation>{step}단계에서 발산</translation>
    </message>
    <message>
        <source>diverged at step {step}: learning rate {lr} is above 2/λmax = {critical}; each step multiplies the distance to the minimum along the steepest direction by {factor}</source>
        <translation>{step}단계에서 발산: 학습률 {lr} &gt; 2/λmax = {critical}. 가장 가파른 방향에서 최소점까지의 거리가 갱신마다 {factor}배가 됩니다</translation>
    </message>
    <message>
        <source>diverged at step {step}: learning rate {lr} is above momentum's bound 2(1 + μ)/λmax = {critical}; in the steepest direction the distance to the minimum grows {factor} times each step</source>
        <translation>{step}단계에서 발산: 학습률 {lr} &gt; 모멘텀의 한계 2(1 + μ)/λmax = {critical}. 가장 가파른 방향에서 최소점까지의 거리가 갱신마다 {factor}배로 커집니다</translation>
    </message>
    <message>
        <source>diverged at step {step}: the loss grew past a million times its start with learning rate {lr}</source>
        <translation>{step}단계에서 발산: 학습률 {lr} 값에서 손실이 처음의 백만 배를 넘었습니다</translation>
    </message>
    <message>
        <source>diverged at step {step}: where the weights last were, the loss curves with sharpness λmax = {sharpness}, so steps above 2/λmax = {bound} overshoot; the learning rate was {lr}</source>
        <translation>{step}단계에서 발산: 가중치가 마지막으로 있던 곳에서 손실의 곡률(sharpness)은 λmax = {sharpness} 값이므로, 학습률이 2/λmax = {bound} 값보다 크면 이동이 최소점을 지나칩니다. 학습률: {lr}</translation>
    </message>
    <message>
        <source>diverged at step {step}: {optimizer} scales each step by its own running averages, so its steps do not follow the bound 2/λmax of gradient descent; try a smaller learning rate than {lr}</source>
        <translation>{step}단계에서 발산: 옵티마이저 {optimizer} 방식은 이동량을 자체 이동 평균으로 조절하므로 경사 하강법의 한계 2/λmax를 따르지 않습니다. 학습률을 지금의 {lr} 값보다 작게 해 보세요</translation>
    </message>
    <message>
        <source>diverged at step {step}: {steps} steps, final loss {loss}; wrote {out}</source>
        <translation>{step}단계에서 발산: {steps}단계, 최종 손실 {loss}; 출력 폴더: {out}</translation>
    </message>
    <message>
        <source>each run in the race needs exactly lr, optimizer and batch_size</source>
        <translation>비교 목록의 각 학습에는 lr, optimizer, batch_size만 정확히 있어야 합니다</translation>
    </message>
    <message>
        <source>exact minimum</source>
        <translation>정확한 최소점</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>값이 %s개 필요합니다</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>값이 %s개 필요합니다</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>값이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>값은 하나까지만 받습니다</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>값이 하나 필요합니다</translation>
    </message>
    <message>
        <source>exponential</source>
        <translation>지수</translation>
    </message>
    <message>
        <source>exponential decay</source>
        <translation>지수 감쇠</translation>
    </message>
    <message>
        <source>feature scaling from the training split (default standard)</source>
        <translation>학습 데이터로 정하는 특성 스케일링 (기본값 standard)</translation>
    </message>
    <message>
        <source>ffmpeg could not be started ({reason})</source>
        <translation>ffmpeg 시작 실패 ({reason})</translation>
    </message>
    <message>
        <source>ffmpeg failed: {reason}</source>
        <translation>ffmpeg 실패: {reason}</translation>
    </message>
    <message>
        <source>finished: {steps} steps, final loss {loss}; wrote {out}</source>
        <translation>단계 한도에서 멈춤: {steps}단계, 최종 손실 {loss}; 출력 폴더: {out}</translation>
    </message>
    <message>
        <source>fraction of samples held out as a test set: never trained on, scored once at the end in summary.json's metrics (default 0)</source>
        <translation>테스트 세트로 떼어 두는 샘플 비율: 학습에 쓰지 않고, 끝에 한 번 채점해 summary.json의 metrics에 씁니다 (기본값 0)</translation>
    </message>
    <message>
        <source>fraction of samples held out for validation (default 0.2)</source>
        <translation>검증용으로 떼어 두는 샘플 비율 (기본값 0.2)</translation>
    </message>
    <message>
        <source>frames per second must be positive, got {fps}</source>
        <translation>초당 프레임은 양수여야 합니다. 받은 값: {fps}</translation>
    </message>
    <message>
        <source>frames per second of the animation, one frame per step, {low} to {high} (default 20)</source>
        <translation>애니메이션의 초당 프레임 수, 단계마다 한 프레임, {low}에서 {high} (기본값 20)</translation>
    </message>
    <message>
        <source>give --lesson or --scenario, not both</source>
        <translation>--lesson과 --scenario 중 하나만 주세요</translation>
    </message>
    <message>
        <source>here: predicted class {k}, probability {p}</source>
        <translation>이 지점: 예측한 클래스 {k}, 확률 {p}</translation>
    </message>
    <message>
        <source>hidden units of the mlp (default 4)</source>
        <translation>MLP의 은닉 유닛 수 (기본값 4)</translation>
    </message>
    <message>
        <source>hinge</source>
        <translation>힌지</translation>
    </message>
    <message>
        <source>hinge²</source>
        <translation>힌지²</translation>
    </message>
    <message>
        <source>hours studied</source>
        <translation>공부한 시간</translation>
    </message>
    <message>
        <source>house prices have 1 to 3 features, got {features}</source>
        <translation>집값 데이터의 특성 수는 1에서 3입니다. 받은 값: {features}</translation>
    </message>
    <message>
        <source>house prices made far off, to show what mse does with them (default 0)</source>
        <translation>MSE가 이상치에 어떻게 끌려가는지 보이려고 크게 벗어나게 만든 집값 수 (기본값 0)</translation>
    </message>
    <message>
        <source>house-price features: 1 size, 2 + rooms, 3 + distance (default 1)</source>
        <translation>집값 특성 수: 1 면적, 2 + 방 수, 3 + 역까지 거리 (기본값 1)</translation>
    </message>
    <message>
        <source>huber delta must be positive, got {huber_delta}</source>
        <translation>Huber 델타는 양수여야 합니다. 받은 값: {huber_delta}</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>값을 받지 않는 인수에 값이 주어졌습니다: %r</translation>
    </message>
    <message>
        <source>in schedule '{text}', the factor G must be a number with 0 &lt; G &lt;= 1, got '{value}'</source>
        <translation>스케줄 '{text}': 배율 G는 0 &lt; G &lt;= 1인 수여야 합니다. 받은 값: '{value}'</translation>
    </message>
    <message>
        <source>in schedule '{text}', {letter} must be a whole number of steps from 1 to 1000000000, got '{value}'</source>
        <translation>스케줄 '{text}': {letter} 값은 1에서 1000000000 사이의 정수 단계 수여야 합니다. 받은 값: '{value}'</translation>
    </message>
    <message>
        <source>initial parameters in order (write --start=-1,2 for a negative first value)</source>
        <translation>처음 파라미터 값들, 순서대로 (첫 값이 음수이면 --start=-1,2처럼 씁니다)</translation>
    </message>
    <message>
        <source>interrupted; no partial file was left</source>
        <translation>중단되었습니다. 쓰다 만 파일은 남기지 않았습니다</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>올바르지 않은 %(type)s 값: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>잘못된 선택: %(value)r (다음 중에서 고르세요: %(choices)s)</translation>
    </message>
    <message>
        <source>its own loss {loss}</source>
        <translation>이 샘플의 손실 {loss}</translation>
    </message>
    <message>
        <source>label {name}</source>
        <translation>레이블 {name}</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>landscape plane for 3+ parameters: the run's principal directions (pca), or two parameters by name, e.g. w1,b (default pca)</source>
        <translation>파라미터가 3개 이상일 때 손실 지형의 평면: 학습 경로의 주성분 방향(pca), 또는 이름으로 고른 파라미터 두 개, 예: w1,b (기본값 pca)</translation>
    </message>
    <message>
        <source>landscape resolution per axis (default 201)</source>
        <translation>손실 지형의 축당 해상도 (기본값 201)</translation>
    </message>
    <message>
        <source>language of the messages: en (English) or ko (Korean)</source>
        <translation>메시지 언어: en (영어) 또는 ko (한국어)</translation>
    </message>
    <message>
        <source>language of the window: en (English) or ko (Korean); default: the last one chosen, else the system's</source>
        <translation>창의 언어: en(영어) 또는 ko(한국어). 기본값: 마지막으로 고른 언어, 없으면 시스템 언어</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>learning rate (default 0.03)</source>
        <translation>학습률 (기본값 0.03)</translation>
    </message>
    <message>
        <source>learning rate must be a positive number, got {lr}</source>
        <translation>학습률은 양수여야 합니다. 받은 값: {lr}</translation>
    </message>
    <message>
        <source>learning rate {lr}</source>
        <translation>학습률 {lr}</translation>
    </message>
    <message>
        <source>learning rate {lr} applies from step {step}</source>
        <translation>{step}단계부터 학습률 {lr} 적용</translation>
    </message>
    <message>
        <source>learning rate {lr} is above the critical {critical}</source>
        <translation>학습률 {lr} &gt; 임계 학습률 {critical}</translation>
    </message>
    <message>
        <source>learning rate {lr} is exactly the critical one: along the steepest direction each step multiplies the distance to the minimum by 1, so the weights jump back and forth across the valley forever and the loss stays where it is</source>
        <translation>학습률 {lr} 값은 정확히 임계 학습률입니다: 가장 가파른 방향에서 최소점까지의 거리가 갱신마다 1배가 되어, 가중치는 골짜기를 끝없이 오가고 손실은 그대로입니다</translation>
    </message>
    <message>
        <source>learning-rate schedule, stepped after every update: constant, step:S:G (times G every S steps), exp:G (times G every step), cosine:T (cosine to 0 over T steps), warmup:K (linear from lr/K to lr over K steps) (default constant)</source>
        <translation>학습률 스케줄, 갱신마다 한 번 진행: constant, step:S:G (S단계마다 G배), exp:G (단계마다 G배), cosine:T (T단계 동안 코사인으로 0까지), warmup:K (K단계 동안 lr/K에서 lr까지 직선으로) (기본값 constant)</translation>
    </message>
    <message>
        <source>lesson {name} has variants 1 to {count}, got {variant}</source>
        <translation>수업 {name}의 변형 번호는 1부터 {count}까지입니다. 받은 값: {variant}</translation>
    </message>
    <message>
        <source>lesson {name}: this scenario has no critical learning rate</source>
        <translation>수업 {name}: 이 시나리오에는 임계 학습률이 없습니다</translation>
    </message>
    <message>
        <source>line 1: column names must differ</source>
        <translation>1행: 열 이름이 서로 달라야 합니다</translation>
    </message>
    <message>
        <source>line 1: column {number} has no name</source>
        <translation>1행: {number}번째 열에 이름이 없습니다</translation>
    </message>
    <message>
        <source>line {line} has {count} values; the header has {columns} columns</source>
        <translation>{line}행에 값이 {count}개 있지만 머리글에는 열이 {columns}개 있습니다</translation>
    </message>
    <message>
        <source>line {line}: '{cell}' in column '{column}' is not a number</source>
        <translation>{line}행: '{column}' 열에 숫자가 아닌 값이 있습니다: '{cell}'</translation>
    </message>
    <message>
        <source>line {line}: a value is longer than {most} characters</source>
        <translation>{line}행: 값 하나가 너무 깁니다 (최대 글자 수: {most})</translation>
    </message>
    <message>
        <source>line {line}: the target '{target}' is missing</source>
        <translation>{line}행: 목표 '{target}' 값이 비어 있습니다</translation>
    </message>
    <message>
        <source>line {line}: the value of '{column}' is missing</source>
        <translation>{line}행: '{column}' 값이 비어 있습니다</translation>
    </message>
    <message>
        <source>line {line}: {cell} in column '{column}' is too large; lossplay reads numbers up to 1e15 in size</source>
        <translation>{line}행: '{column}' 열의 값 {cell} 숫자가 너무 큽니다. lossplay는 크기 1e15 이하의 숫자만 읽습니다</translation>
    </message>
    <message>
        <source>linear warm-up</source>
        <translation>선형 워밍업</translation>
    </message>
    <message>
        <source>logistic</source>
        <translation>로지스틱</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>loss '{loss}' does not fit regression data ({data}); losses that fit: {fitting}</source>
        <translation>'{loss}' 손실은 회귀 데이터({data})에 맞지 않습니다. 맞는 손실: {fitting}</translation>
    </message>
    <message>
        <source>loss '{loss}' does not fit {classes}-class data ({data}); losses that fit: {fitting}</source>
        <translation>'{loss}' 손실은 클래스 {classes}개인 데이터({data})에 맞지 않습니다. 맞는 손실: {fitting}</translation>
    </message>
    <message>
        <source>loss '{loss}' does not fit {classes}-class data with a one-output linear model ({data}); use --model multiclass or mlp</source>
        <translation>'{loss}' 손실은 출력이 하나인 선형 모델로 클래스 {classes}개인 데이터({data})에 쓸 수 없습니다. --model multiclass 또는 mlp를 쓰세요</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>손실 {loss}</translation>
    </message>
    <message>
        <source>loss, log scale</source>
        <translation>손실 (로그 눈금)</translation>
    </message>
    <message>
        <source>loss, log scale above the minimum</source>
        <translation>손실 (로그 눈금, 최소점 기준)</translation>
    </message>
    <message>
        <source>loss: {keys} (default {defaults})</source>
        <translation>손실: {keys} (기본값 {defaults})</translation>
    </message>
    <message>
        <source>lossplay session</source>
        <translation>lossplay 세션</translation>
    </message>
    <message>
        <source>macro F1</source>
        <translation>매크로 F1</translation>
    </message>
    <message>
        <source>margin (delta) of the multiclass_hinge loss, &gt; 0 (default 1)</source>
        <translation>multiclass_hinge 손실의 마진(델타), &gt; 0 (기본값 1)</translation>
    </message>
    <message>
        <source>margin m = y·f(x)</source>
        <translation>마진 m = y·f(x)</translation>
    </message>
    <message>
        <source>mean(½r² if |r| ≤ δ else δ(|r| − ½δ)),  r = f(x) − y</source>
        <translation>mean(|r| ≤ δ이면 ½r², 아니면 δ(|r| − ½δ)),  r = f(x) − y</translation>
    </message>
    <message>
        <source>mean(Σ_{j≠y} max(0, f_j − f_y + Δ))</source>
        <translation>mean(Σ_{j≠y} max(0, f_j − f_y + Δ))</translation>
    </message>
    <message>
        <source>mini-batch {size}</source>
        <translation>미니배치 크기 {size}</translation>
    </message>
    <message>
        <source>model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>model 'multiclass' needs classes, and {data} has prices; use --model linear or mlp</source>
        <translation>'multiclass' 모델에는 클래스가 필요한데 {data} 데이터는 가격 데이터입니다. --model linear 또는 mlp를 쓰세요</translation>
    </message>
    <message>
        <source>model (default: linear, or multiclass for 3+ classes)</source>
        <translation>모델 (기본값: linear, 클래스가 3개 이상이면 multiclass)</translation>
    </message>
    <message>
        <source>multi-label data has 2 to 5 labels, got {labels}</source>
        <translation>다중 레이블 데이터의 레이블 수는 2에서 5입니다. 받은 값: {labels}</translation>
    </message>
    <message>
        <source>multi-label data takes the loss bce (one sigmoid per label) with the model linear or mlp, not {loss} with {model}</source>
        <translation>다중 레이블 데이터에는 손실 함수 bce(레이블마다 시그모이드 하나)와 linear 또는 mlp 모델을 씁니다. 맞지 않는 설정: 손실 {loss}, 모델 {model}</translation>
    </message>
    <message>
        <source>must be 'all' or a whole number, got '{value}'</source>
        <translation>'all' 또는 정수여야 합니다. 받은 값: '{value}'</translation>
    </message>
    <message>
        <source>must be WIDTHxHEIGHT such as 800x600, got '{value}'</source>
        <translation>800x600처럼 가로x세로 형식이어야 합니다. 받은 값: '{value}'</translation>
    </message>
    <message>
        <source>must be a number, got '{value}'</source>
        <translation>숫자여야 합니다. 받은 값: '{value}'</translation>
    </message>
    <message>
        <source>must be a whole number, got '{value}'</source>
        <translation>정수여야 합니다. 받은 값: '{value}'</translation>
    </message>
    <message>
        <source>must be a whole number, got a number of {count:,} digits</source>
        <translation>정수여야 합니다. 받은 값: {count:,}자리 수</translation>
    </message>
    <message>
        <source>must be between 64x64 and 7680x4320, got '{value}'</source>
        <translation>64x64에서 7680x4320 사이여야 합니다. 받은 값: '{value}'</translation>
    </message>
    <message>
        <source>must be numbers separated by commas, got '{value}'</source>
        <translation>쉼표로 구분한 숫자들이어야 합니다. 받은 값: '{value}'</translation>
    </message>
    <message>
        <source>needs a folder name (--out= is empty)</source>
        <translation>폴더 이름이 필요합니다 (--out= 값이 비어 있습니다)</translation>
    </message>
    <message>
        <source>needs a folder name, not only blank space ('{value}')</source>
        <translation>공백만이 아닌 폴더 이름이 필요합니다 ('{value}')</translation>
    </message>
    <message>
        <source>no display to open the window on; start lossplay in a desktop session, or use `lossplay run ... --out DIR` for the numbers and plots without a window</source>
        <translation>창을 띄울 디스플레이가 없습니다. 데스크톱 세션에서 lossplay를 시작하거나, 창 없이 수치와 그림만 얻으려면 `lossplay run ... --out DIR`을 쓰세요</translation>
    </message>
    <message>
        <source>no ffmpeg was found to encode MP4; write a GIF instead</source>
        <translation>MP4를 만들 ffmpeg가 없습니다. 대신 GIF로 저장하세요</translation>
    </message>
    <message>
        <source>noise level, 0 for none (default 0.2)</source>
        <translation>잡음 크기, 0이면 잡음 없음 (기본값 0.2)</translation>
    </message>
    <message>
        <source>noise must be 0 or more, got {noise}</source>
        <translation>잡음은 0 이상이어야 합니다. 받은 값: {noise}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>none at {lowest}, full at 1 · dashed: {sure}</source>
        <translation>음영 없음: {lowest} · 가장 진함: 1 · 점선: {sure}</translation>
    </message>
    <message>
        <source>not a lossplay session (no "format": "lossplay-session")</source>
        <translation>lossplay 세션이 아닙니다 ("format": "lossplay-session"이 없습니다)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>%s 인수와 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>not enough memory for this run; try fewer samples, steps or grid points</source>
        <translation>이 학습에 쓸 메모리가 부족합니다. 샘플, 단계 또는 격자 점 수를 줄여 보세요</translation>
    </message>
    <message>
        <source>not valid JSON (line {lineno}, column {colno}: {msg})</source>
        <translation>올바른 JSON이 아닙니다 ({lineno}행 {colno}열: {msg})</translation>
    </message>
    <message>
        <source>number of classes for blobs, 2 to 5 (default 2)</source>
        <translation>덩어리 데이터(blobs)의 클래스 수, 2에서 5 (기본값 2)</translation>
    </message>
    <message>
        <source>number of samples, training and validation together (default 200)</source>
        <translation>샘플 수, 학습과 검증을 합쳐서 (기본값 200)</translation>
    </message>
    <message>
        <source>number of updates (default 150)</source>
        <translation>갱신 횟수 (기본값 150)</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>다음 인수 중 하나가 필요합니다: %s</translation>
    </message>
    <message>
        <source>open this session file (.lossplay.json)</source>
        <translation>이 세션 파일(.lossplay.json)을 엽니다</translation>
    </message>
    <message>
        <source>open with this scenario JSON file</source>
        <translation>이 시나리오 JSON 파일로 엽니다</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <source>optimizer: {keys} (default sgd)</source>
        <translation>옵티마이저: {keys} (기본값 sgd)</translation>
    </message>
    <message>
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>outliers must be between 0 and the number of samples, got {outliers}</source>
        <translation>이상치 수는 0과 샘플 수 사이여야 합니다. 받은 값: {outliers}</translation>
    </message>
    <message>
        <source>overshoot: landed higher than it started</source>
        <translation>이동이 지나침: 시작한 곳보다 높은 곳에 도착</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>합격</translation>
    </message>
    <message>
        <source>passed (1) / failed (0)</source>
        <translation>합격 (1) / 불합격 (0)</translation>
    </message>
    <message>
        <source>past the lowest point, but still lower</source>
        <translation>가장 낮은 점을 지났지만 여전히 더 낮은 곳</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>position along the step (0: before, 1: after)</source>
        <translation>이동 방향의 위치 (0: 이동 전, 1: 이동 후)</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>위치 인수</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>예측 클래스</translation>
    </message>
    <message>
        <source>predicted {target}</source>
        <translation>예측 {target}</translation>
    </message>
    <message>
        <source>prediction q</source>
        <translation>예측 q</translation>
    </message>
    <message>
        <source>price (10,000s)</source>
        <translation>가격 (만 단위)</translation>
    </message>
    <message>
        <source>principal directions of the run</source>
        <translation>학습 경로의 주성분 방향</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>확률</translation>
    </message>
    <message>
        <source>probability of its class {p}</source>
        <translation>자기 클래스의 확률 {p}</translation>
    </message>
    <message>
        <source>q of the true class</source>
        <translation>실제 클래스의 q</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>준비</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>재현율</translation>
    </message>
    <message>
        <source>regularization level set</source>
        <translation>정규화 등고선</translation>
    </message>
    <message>
        <source>regularization strength must be 0 or more, got {lam}</source>
        <translation>정규화 세기는 0 이상이어야 합니다. 받은 값: {lam}</translation>
    </message>
    <message>
        <source>regularizer</source>
        <translation>정규화</translation>
    </message>
    <message>
        <source>rooms</source>
        <translation>방 수</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>samples must be at least 2, got {samples}</source>
        <translation>샘플은 2개 이상이어야 합니다. 받은 값: {samples}</translation>
    </message>
    <message>
        <source>scenario file {path}</source>
        <translation>시나리오 파일 {path}</translation>
    </message>
    <message>
        <source>schedule '{text}' is not of the form {form}</source>
        <translation>스케줄 형식이 맞지 않습니다: '{text}' (형식: {form})</translation>
    </message>
    <message>
        <source>seed of the data, the start of the MLP and the mini-batches (default 0)</source>
        <translation>데이터, MLP의 시작점, 미니배치의 시드 (기본값 0)</translation>
    </message>
    <message>
        <source>session version {version!r} is not one this lossplay reads (it reads version {VERSION})</source>
        <translation>이 lossplay가 읽을 수 없는 세션 버전입니다: {version!r} (읽을 수 있는 버전: {VERSION})</translation>
    </message>
    <message>
        <source>setting '{name}' must be 'all' or a whole number, got {value}</source>
        <translation>설정 '{name}' 값은 'all' 또는 정수여야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <source>setting '{name}' must be a list of numbers or null, got {value}</source>
        <translation>설정 '{name}' 값은 숫자 목록 또는 null이어야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <source>setting '{name}' must be a name or null, got {value}</source>
        <translation>설정 '{name}' 값은 이름 또는 null이어야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <source>setting '{name}' must be a name, got {value}</source>
        <translation>설정 '{name}' 값은 이름이어야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <source>setting '{name}' must be a number, got {value}</source>
        <translation>설정 '{name}' 값은 숫자여야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <source>setting '{name}' must be a whole number, got {value}</source>
        <translation>설정 '{name}' 값은 정수여야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <source>setting '{name}' must be true or false, got {value}</source>
        <translation>설정 '{name}' 값은 true 또는 false여야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <source>shade: probability of the predicted class</source>
        <translation>음영: 예측한 클래스의 확률</translation>
    </message>
    <message>
        <source>short of the lowest point</source>
        <translation>가장 낮은 점에 못 미침</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>이 도움말을 보여 주고 끝냅니다</translation>
    </message>
    <message>
        <source>size (m²)</source>
        <translation>면적 (m²)</translation>
    </message>
    <message>
        <source>size of the plots and the animation (default 800x600)</source>
        <translation>그림과 애니메이션의 크기 (기본값 800x600)</translation>
    </message>
    <message>
        <source>standardise</source>
        <translation>표준화</translation>
    </message>
    <message>
        <source>start</source>
        <translation>시작점</translation>
    </message>
    <message>
        <source>start from a lesson's scenario (`lossplay lessons` lists them)</source>
        <translation>수업의 시나리오에서 시작합니다 (목록: `lossplay lessons`)</translation>
    </message>
    <message>
        <source>start from this scenario JSON file; the flags below override it</source>
        <translation>이 시나리오 JSON 파일에서 시작합니다. 아래 옵션이 그 값을 덮어씁니다</translation>
    </message>
    <message>
        <source>start needs {size} values ({names}), got {count}</source>
        <translation>시작점에 필요한 값의 개수: {size}개 ({names}). 받은 개수: {count}</translation>
    </message>
    <message>
        <source>start values must be finite numbers</source>
        <translation>시작점 값은 유한한 숫자여야 합니다</translation>
    </message>
    <message>
        <source>start values must be finite numbers between -{most} and {most}</source>
        <translation>시작점 값은 유한한 숫자여야 합니다 (범위: -{most} ~ {most})</translation>
    </message>
    <message>
        <source>starts above the critical learning rate {lr}: it diverges unless the schedule lowers the rate soon enough</source>
        <translation>처음에는 임계 학습률 {lr}보다 큽니다. 스케줄이 학습률을 제때 낮추지 않으면 발산합니다</translation>
    </message>
    <message>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>step decay</source>
        <translation>계단식 감쇠</translation>
    </message>
    <message>
        <source>step drawn {factor} times longer</source>
        <translation>이동을 {factor}배 길게 그림</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>{step}단계</translation>
    </message>
    <message>
        <source>step {step} / {limit}</source>
        <translation>단계 {step} / {limit}</translation>
    </message>
    <message>
        <source>step {step} of {last}</source>
        <translation>{last}단계 중 {step}단계</translation>
    </message>
    <message>
        <source>steps must be 0 or more, got {steps}</source>
        <translation>단계 수는 0 이상이어야 합니다. 받은 값: {steps}</translation>
    </message>
    <message>
        <source>stopped at the step limit</source>
        <translation>단계 한도에서 멈춤</translation>
    </message>
    <message>
        <source>subset accuracy</source>
        <translation>부분집합 정확도</translation>
    </message>
    <message>
        <source>target p</source>
        <translation>목표 p</translation>
    </message>
    <message>
        <source>target {target} · predicted {prediction}</source>
        <translation>목표값 {target} · 예측값 {prediction}</translation>
    </message>
    <message>
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>test fraction must be in [0, 1), got {test_fraction}</source>
        <translation>테스트 비율은 [0, 1) 범위여야 합니다. 받은 값: {test_fraction}</translation>
    </message>
    <message>
        <source>the JSON holds a number too long to read</source>
        <translation>JSON에 읽을 수 없을 만큼 긴 숫자가 있습니다</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>JSON이 너무 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>the fitted line is not a number any more</source>
        <translation>적합선이 더는 수가 아닙니다 (NaN)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>다음 인수가 필요합니다: %s</translation>
    </message>
    <message>
        <source>the hidden layer needs at least 1 unit, got {hidden}</source>
        <translation>은닉층에는 유닛이 1개 이상 필요합니다. 받은 값: {hidden}</translation>
    </message>
    <message>
        <source>the landscape stopped being computed (its process ended); change any setting to try again</source>
        <translation>손실 지형 계산이 멈췄습니다(계산 프로세스가 끝났습니다). 아무 설정이나 바꾸면 다시 계산합니다</translation>
    </message>
    <message>
        <source>the output folder has no name</source>
        <translation>출력 폴더 이름이 비어 있습니다</translation>
    </message>
    <message>
        <source>the race holds a list of at most {most} runs</source>
        <translation>비교 목록에는 학습을 최대 {most}개까지 넣을 수 있습니다</translation>
    </message>
    <message>
        <source>the session has no scenario</source>
        <translation>세션에 시나리오가 없습니다</translation>
    </message>
    <message>
        <source>the step is not −η·∇L of the whole training set</source>
        <translation>이번 이동은 전체 학습 데이터에 대한 −η·∇L이 아닙니다</translation>
    </message>
    <message>
        <source>the steps to animate must lie within 0 to {last}, got {first} to {asked}</source>
        <translation>애니메이션으로 만들 단계는 0에서 {last} 사이여야 합니다. 받은 범위: {first}에서 {asked}</translation>
    </message>
    <message>
        <source>the target '{target}' has a single class ('{label}'); a classifier needs two or more</source>
        <translation>목표 열 '{target}'에 클래스가 하나('{label}')뿐입니다. 분류에는 둘 이상이 필요합니다</translation>
    </message>
    <message>
        <source>the target '{target}' has {count} classes; lossplay takes at most {most}</source>
        <translation>목표 열 '{target}'의 클래스가 {count}개입니다. lossplay는 최대 {most}개까지 다룹니다</translation>
    </message>
    <message>
        <source>the target column has an empty name; name one of the file's columns</source>
        <translation>목표 열 이름이 비어 있습니다. 파일의 열 중 하나를 고르세요</translation>
    </message>
    <message>
        <source>the target column has an empty name; the columns are: {columns}</source>
        <translation>목표 열 이름이 비어 있습니다. 열 목록: {columns}</translation>
    </message>
    <message>
        <source>the target column of csv:PATH data (default: the last column); several 0/1 columns separated by commas (--target a,b,c) make multi-label data</source>
        <translation>csv:PATH 데이터의 목표 열 (기본값: 마지막 열). 쉼표로 구분한 0/1 열 여러 개(--target a,b,c)는 다중 레이블 데이터가 됩니다</translation>
    </message>
    <message>
        <source>the target columns '{target}' include an empty name</source>
        <translation>목표 열 '{target}'에 빈 이름이 있습니다</translation>
    </message>
    <message>
        <source>the target columns '{target}' name a column twice</source>
        <translation>목표 열 '{target}'에 같은 열이 두 번 있습니다</translation>
    </message>
    <message>
        <source>the training's process ended at step {step}; Play goes on from there</source>
        <translation>학습 프로세스가 {step}단계에서 끝났습니다. 재생하면 그 단계부터 이어 갑니다</translation>
    </message>
    <message>
        <source>the validation and test splits leave no training samples</source>
        <translation>검증용과 테스트용으로 떼어 내면 학습 샘플이 남지 않습니다</translation>
    </message>
    <message>
        <source>the validation split leaves no training samples</source>
        <translation>검증용으로 떼어 내면 학습 샘플이 남지 않습니다</translation>
    </message>
    <message>
        <source>the weights are {distance} away</source>
        <translation>가중치까지의 거리: {distance}</translation>
    </message>
    <message>
        <source>there is no column '{target}'; the columns are: {columns}</source>
        <translation>'{target}' 열이 없습니다. 열 목록: {columns}</translation>
    </message>
    <message>
        <source>there is no numeric column '{target}' to use as a label</source>
        <translation>레이블로 쓸 숫자 열이 없습니다: '{target}'</translation>
    </message>
    <message>
        <source>training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>training sample {index}</source>
        <translation>학습 샘플 {index}번</translation>
    </message>
    <message>
        <source>training sample {index}, class {label}</source>
        <translation>학습 샘플 {index}번, 클래스 {label}</translation>
    </message>
    <message>
        <source>training sample {index}, label y{number}: {answer} (the label shown in the Data view)</source>
        <translation>학습 샘플 {index}번, 레이블 y{number}: {answer} (데이터 보기에서 고른 레이블)</translation>
    </message>
    <message>
        <source>training {loss}</source>
        <translation>학습 {loss}</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>실제 클래스</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>예상하지 못한 옵션: %s</translation>
    </message>
    <message>
        <source>unknown data kind '{kind}'; choose one of: {kinds}</source>
        <translation>알 수 없는 데이터 종류 '{kind}'입니다. 다음 중에서 고르세요: {kinds}</translation>
    </message>
    <message>
        <source>unknown feature scaling '{scale}'; use standard or none</source>
        <translation>알 수 없는 특성 스케일링 '{scale}'입니다. standard 또는 none을 쓰세요</translation>
    </message>
    <message>
        <source>unknown learning-rate schedule '{text}'; write one of: {usage}</source>
        <translation>알 수 없는 학습률 스케줄입니다: '{text}'. 다음 중 하나로 적으세요: {usage}</translation>
    </message>
    <message>
        <source>unknown lesson '{name}'; choose one of: {names}</source>
        <translation>알 수 없는 수업 '{name}'입니다. 다음 중에서 고르세요: {names}</translation>
    </message>
    <message>
        <source>unknown scenario setting(s): {names}</source>
        <translation>알 수 없는 시나리오 설정: {names}</translation>
    </message>
    <message>
        <source>unknown session key(s): {names}</source>
        <translation>알 수 없는 세션 키: {names}</translation>
    </message>
    <message>
        <source>unknown {what} '{value}'; choose one of: {options}</source>
        <translation>알 수 없는 {what} '{value}'입니다. 다음 중에서 고르세요: {options}</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>알 수 없는 인수: %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>사용법: </translation>
    </message>
    <message>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>validation fraction must be in [0, 1), got {val_fraction}</source>
        <translation>검증 비율은 [0, 1) 범위여야 합니다. 받은 값: {val_fraction}</translation>
    </message>
    <message>
        <source>validation sample {index}</source>
        <translation>검증 샘플 {index}번</translation>
    </message>
    <message>
        <source>validation {loss}</source>
        <translation>검증 {loss}</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>which of the lesson's variants, from 1 (default 1)</source>
        <translation>수업의 몇 번째 변형인지, 1부터 (기본값 1)</translation>
    </message>
    <message>
        <source>x1</source>
        <translation>x1</translation>
    </message>
    <message>
        <source>x2</source>
        <translation>x2</translation>
    </message>
    <message>
        <source>yes/no labels per sample of multilabel data, 2 to 5 (default 3)</source>
        <translation>다중 레이블 데이터의 샘플당 예/아니오 레이블 수, 2에서 5 (기본값 3)</translation>
    </message>
    <message>
        <source>{file}</source>
        <translation>{file}</translation>
    </message>
    <message>
        <source>{file} has no feature column left beside the target columns</source>
        <translation>파일 {file}: 목표 열 말고는 남는 특성 열이 없습니다</translation>
    </message>
    <message>
        <source>{file} has no feature column that is all numbers</source>
        <translation>파일 {file}: 모든 값이 숫자인 특성 열이 없습니다</translation>
    </message>
    <message>
        <source>{file} has no header: line 1 should name the columns, e.g. size,rooms,price</source>
        <translation>머리글이 없는 파일입니다: {file}. 1행에 열 이름을 적어 주세요 (예: size,rooms,price)</translation>
    </message>
    <message>
        <source>{file} has too few data rows ({count}); at least 2 are needed</source>
        <translation>파일 {file}: 데이터 행이 너무 적습니다 ({count}개). 2개 이상 필요합니다</translation>
    </message>
    <message>
        <source>{file} has {count:,} rows; lossplay reads data files up to {max_rows:,} rows</source>
        <translation>파일 {file}: {count:,}행입니다. lossplay는 {max_rows:,}행까지 읽습니다</translation>
    </message>
    <message>
        <source>{file} has {count} feature columns; lossplay takes at most {most}</source>
        <translation>파일 {file}: 특성 열이 {count}개입니다. lossplay는 최대 {most}개까지 다룹니다</translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation>빈 파일입니다: {file}</translation>
    </message>
    <message>
        <source>{file} is {size:.0f} MB; lossplay reads data files up to {max_mb} MB and {max_rows:,} rows</source>
        <translation>파일 {file}: {size:.0f} MB입니다. lossplay는 {max_mb} MB, {max_rows:,}행까지의 데이터 파일을 읽습니다</translation>
    </message>
    <message>
        <source>{file} line {line} cannot be read as CSV: {reason}</source>
        <translation>파일 {file}, {line}행: CSV로 읽을 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <source>{file} needs at least two columns: one or more features and a target</source>
        <translation>파일 {file}: 열이 두 개 이상 필요합니다 (특성 하나 이상과 목표 하나)</translation>
    </message>
    <message>
        <source>{file}: the feature columns {columns} hold text, and lossplay needs numbers; remove them or leave them out with --numeric-only</source>
        <translation>파일 {file}: 특성 열 {columns} 값이 텍스트입니다. lossplay에는 숫자가 필요합니다. 그 열들을 지우거나 --numeric-only 옵션으로 빼세요</translation>
    </message>
    <message>
        <source>{file}: {count} feature columns hold text, and lossplay needs numbers: {columns}</source>
        <translation>파일 {file}: 특성 열 {count}개의 값이 텍스트입니다. lossplay에는 숫자가 필요합니다: {columns}</translation>
    </message>
    <message>
        <source>{name} must be a finite number, got {value}</source>
        <translation>{name} 값은 유한한 숫자여야 합니다. 받은 값: {value}</translation>
    </message>
    <message>
        <source>{name} must be between {lo} and {hi}, got {value}</source>
        <translation>{name} 값의 허용 범위: {lo} ~ {hi}. 받은 값: {value}</translation>
    </message>
    <message>
        <source>{optimizer} applies from step {step}</source>
        <translation>{step}단계부터 {optimizer} 적용</translation>
    </message>
    <message>
        <source>{optimizer} on a mini-batch</source>
        <translation>미니배치의 {optimizer}</translation>
    </message>
    <message>
        <source>{optimizer} · lr {lr} · batch {batch}</source>
        <translation>{optimizer} · 학습률 {lr} · 배치 {batch}</translation>
    </message>
    <message>
        <source>{optimizer}, learning rate {lr}</source>
        <translation>{optimizer}, 학습률 {lr}</translation>
    </message>
    <message>
        <source>{optimizer}, η = {lr}</source>
        <translation>{optimizer}, η = {lr}</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>파일을 찾을 수 없습니다: {path}</translation>
    </message>
    <message>
        <source>{shown} of {total} samples shown</source>
        <translation>샘플 {total}개 중 {shown}개 표시</translation>
    </message>
    <message>
        <source>{what} does not exist</source>
        <translation>찾을 수 없습니다: {what}</translation>
    </message>
    <message>
        <source>{what} is a folder, not a file</source>
        <translation>{what} 경로는 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>{what} is empty</source>
        <translation>내용이 비어 있습니다: {what}</translation>
    </message>
    <message>
        <source>{what} is not a regular file (a device, pipe or socket); lossplay reads only files</source>
        <translation>{what} 경로는 일반 파일이 아닙니다 (장치, 파이프 또는 소켓). lossplay는 파일만 읽습니다</translation>
    </message>
    <message>
        <source>{what} is too big: lossplay reads up to {most} bytes</source>
        <translation>{what} 파일이 너무 큽니다. lossplay가 읽는 최대 크기: {most} 바이트</translation>
    </message>
    <message>
        <source>{what} is too big: {size} bytes, and lossplay reads up to {most} bytes</source>
        <translation>{what} 파일이 너무 큽니다 ({size} 바이트). lossplay가 읽는 최대 크기: {most} 바이트</translation>
    </message>
    <message>
        <source>θ ← θ (1 − 0.01 η), then the Adam step</source>
        <translation>θ ← θ (1 − 0.01 η), 그다음 Adam 갱신</translation>
    </message>
    <message>
        <source>λ = {eigenvalue}</source>
        <translation>λ = {eigenvalue}</translation>
    </message>
    <message>
        <source>λ = {eigenvalue} · ×{factor} per step: grows</source>
        <translation>λ = {eigenvalue} · 한 번에 {factor}배: 커짐</translation>
    </message>
    <message>
        <source>λ = {eigenvalue} · ×{factor} per step: shrinks</source>
        <translation>λ = {eigenvalue} · 한 번에 {factor}배: 줄어듦</translation>
    </message>
    <message>
        <source>… and {count} more parameters</source>
        <translation>… 그 밖의 파라미터 {count}개</translation>
    </message>
    <message>
        <source>−log q</source>
        <translation>−log q</translation>
    </message>
    <message>
        <source>−η∇L (gradient step)</source>
        <translation>−η∇L (기울기 방향 이동)</translation>
    </message>
    <message>
        <source>▲ the fitted line is above the chart</source>
        <translation>▲ 적합선이 차트 위로 벗어났습니다</translation>
    </message>
    <message>
        <source>▲▼ {count} predictions beyond the chart</source>
        <translation>▲▼ 차트 밖의 예측 {count}개</translation>
    </message>
    <message>
        <source>▼ the fitted line is below the chart</source>
        <translation>▼ 적합선이 차트 아래로 벗어났습니다</translation>
    </message>
</context>
</TS>
