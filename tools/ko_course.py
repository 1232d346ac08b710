"""Korean for what the course notes teach (issue 12): the test set and metrics, multi-label
data, label smoothing and the SVM margin, the lessons on entropy and KL, the test set, local
minima, multi-label and RMSE, and the Metrics tab. Merged into KO by ko.py."""

COURSE = {
    "test fraction must be in [0, 1), got {test_fraction}":
        "테스트 비율은 [0, 1) 범위여야 합니다. 받은 값: {test_fraction}",
    "the validation and test splits leave no training samples":
        "검증용과 테스트용으로 떼어 내면 학습 샘플이 남지 않습니다",
    "multi-label data has 2 to 5 labels, got {labels}":
        "다중 레이블 데이터의 레이블 수는 2에서 5입니다. 받은 값: {labels}",
    "multi-label data takes the loss bce (one sigmoid per label) with the model linear or mlp, not {loss} with {model}":
        "다중 레이블 데이터에는 손실 함수 bce(레이블마다 시그모이드 하나)와 linear 또는 mlp 모델을 씁니다. 맞지 않는 설정: 손실 {loss}, 모델 {model}",
    "The bowl of mean squared error on house sizes, with a learning rate a thousand times below its critical one. Every step goes the right way, but the steps are small: after 300 of them the weights have covered 45 % of the way to the minimum and the loss has fallen by two thirds, while a rate of 0.1 gets all the way there. Compare the two loss charts.":
        "집 면적에 대한 평균 제곱 오차의 손실 지형에서 임계 학습률의 천분의 일인 학습률을 씁니다. 매 단계가 올바른 방향으로 가지만 보폭이 작아서, 300단계 뒤에 가중치는 최소점까지 가는 길의 45 %를 왔고 손실은 3분의 2만큼 줄었습니다. 학습률 0.1은 그동안 최소점까지 다 갑니다. 두 손실 그래프를 비교해 보세요.",
    "Five losses for the same pass/fail data, all functions of the margin y·f(x). The 0/1 loss counts mistakes, but it is flat almost everywhere: its gradient is zero, so gradient descent never moves. Its run stops at the step limit and is not called converged, because a zero gradient here does not mean the weights are at a minimum. Hinge, squared hinge, logistic and exponential all slope towards larger margins and do move. The logistic loss is binary cross-entropy written for labels −1/+1: log(1 + exp(−y·f(x))) with y = ±1 is bce with the same label as 0/1, one function under two names.":
        "같은 합격/불합격 데이터에 대한 다섯 손실로, 모두 마진 y·f(x)의 함수입니다. 0/1 손실은 틀린 개수를 세지만 거의 모든 곳에서 평평해서 기울기가 0이고, 그래서 경사 하강법이 전혀 움직이지 않습니다. 이 학습은 단계 한도에서 멈출 뿐 수렴했다고 하지 않습니다. 여기서 기울기가 0이라는 것은 가중치가 최소점에 있다는 뜻이 아니기 때문입니다. 힌지, 제곱 힌지, 로지스틱, 지수 손실은 모두 마진이 커지는 쪽으로 기울어 있어 움직입니다. 로지스틱 손실은 레이블을 −1/+1로 쓴 이진 교차 엔트로피입니다: y = ±1일 때 log(1 + exp(−y·f(x)))는 같은 레이블을 0/1로 쓴 bce와 같은, 이름만 다른 한 함수입니다.",
    "Residual sum of squares (RSS)":
        "잔차 제곱합 (RSS, 제곱 오차의 합)",
    "Logistic (BCE on −1/+1 labels)":
        "로지스틱 손실 (−1/+1 레이블의 BCE)",
    "Entropy, cross-entropy and KL divergence":
        "엔트로피, 교차 엔트로피, KL 다이버전스",
    "Cross-entropy is the entropy of the targets plus the KL divergence from the targets to the prediction: H(p, q) = H(p) + KL(p‖q). With hard labels H(p) is 0, so the two losses give the same numbers, and the weights keep growing to push every probability towards 1. With label smoothing 0.2 each target keeps 0.2 spread over the three classes, so H(p) = 0.485: the cross-entropy never falls below it, and KL, lower by exactly 0.485 at every step, falls towards 0. Both take the same steps, and the weights stay smaller: the model is no longer pushed to certainty.":
        "교차 엔트로피는 목표 분포의 엔트로피에 목표에서 예측까지의 KL 다이버전스를 더한 값입니다: H(p, q) = H(p) + KL(p‖q). 딱 떨어지는 레이블에서는 H(p)가 0이라 두 손실이 같은 숫자를 내고, 가중치는 모든 확률을 1로 밀어붙이려고 계속 커집니다. 레이블 스무딩 0.2를 쓰면 목표마다 0.2가 세 클래스에 고루 퍼져 H(p) = 0.485가 됩니다. 교차 엔트로피는 이 값 아래로 내려가지 못하고, 매 단계 정확히 0.485만큼 낮은 KL은 0을 향해 내려갑니다. 두 손실은 같은 단계를 밟고, 가중치는 더 작게 머뭅니다: 모델이 더는 확신 쪽으로 떠밀리지 않습니다.",
    "Cross-entropy, hard labels":
        "교차 엔트로피, 딱 떨어지는 레이블",
    "KL divergence, hard labels":
        "KL 다이버전스, 딱 떨어지는 레이블",
    "Cross-entropy, label smoothing 0.2":
        "교차 엔트로피, 레이블 스무딩 0.2",
    "KL divergence, label smoothing 0.2":
        "KL 다이버전스, 레이블 스무딩 0.2",
    "Training, validation and test sets":
        "학습, 검증, 테스트 세트",
    "Two hundred noisy moons split three ways: half to train on, a quarter to choose with (validation) and a quarter kept aside (test). Train the MLP with 1, 4 and 16 hidden units and compare their validation metrics: 4 units score as well as 16 with a lower validation loss, and 1 unit is too simple. Only then score the chosen model on the test set, once: its test accuracy is the estimate for new data, lower than its training accuracy. A test set used for choosing would become one more validation set, and its score would flatter the model.":
        "잡음이 많은 달 모양 샘플 200개를 셋으로 나눕니다: 절반은 학습용, 4분의 1은 고르기용(검증), 4분의 1은 따로 둡니다(테스트). 은닉 유닛이 1개, 4개, 16개인 MLP를 학습하고 검증 지표를 비교하세요: 4개는 16개만큼 점수가 좋으면서 검증 손실이 더 낮고, 1개는 너무 단순합니다. 그다음에야 고른 모델을 테스트 세트로 한 번 평가합니다: 그 테스트 정확도가 새 데이터에 대한 추정치이며, 학습 정확도보다 낮습니다. 고르는 데 쓴 테스트 세트는 검증 세트가 하나 더 생긴 것일 뿐이고, 그 점수는 모델을 실제보다 좋게 보이게 합니다.",
    "1 hidden unit":
        "은닉 유닛 1개",
    "4 hidden units":
        "은닉 유닛 4개",
    "16 hidden units":
        "은닉 유닛 16개",
    "Local minima and saddle points":
        "지역 최소점과 안장점",
    "A network's loss is not one bowl: where gradient descent ends depends on where it starts. With two hidden units and seed 2 the XOR loss lingers near log 2 = 0.69 for about sixty steps with a small gradient, at a saddle point, which falls away in one direction, and then finds the way down. With seed 1 the same network settles near 0.39 with a quarter of the samples wrong: a local minimum, where every direction goes up. Four hidden units from seed 1 have more ways down and reach almost zero.":
        "신경망의 손실은 그릇 하나가 아닙니다: 경사 하강법이 어디서 끝나는지는 어디서 시작하는지에 달려 있습니다. 은닉 유닛 두 개, 시드 2에서 XOR 손실은 기울기가 작은 채로 약 60단계 동안 log 2 = 0.69 근처에 머뭅니다. 한 방향으로는 아래로 떨어지는 안장점이며, 곧 내려가는 길을 찾습니다. 시드 1에서는 같은 신경망이 샘플의 4분의 1을 틀린 채 0.39 근처에 자리 잡습니다: 모든 방향이 오르막인 지역 최소점입니다. 시드 1에서 은닉 유닛이 네 개면 내려갈 길이 더 많아 거의 0에 이릅니다.",
    "Seed 2: a saddle point, then down":
        "시드 2: 안장점, 그다음 내리막",
    "Seed 1: stuck in a local minimum":
        "시드 1: 지역 최소점에 갇힘",
    "Seed 1 with four hidden units":
        "시드 1, 은닉 유닛 네 개",
    "Multi-label versus multiclass":
        "다중 레이블과 다중 클래스",
    "Each sample has three yes/no labels, each on beyond its own line, and often several are on at once. A sigmoid and a binary cross-entropy per label treat every label as a question of its own, so a prediction can have two or three labels on, or none; it is judged by subset accuracy (every label right) and Hamming loss (the share of wrong labels). A softmax over classes, as in the blobs variant, makes the classes compete: the probabilities sum to 1 and each sample gets exactly one class.":
        "샘플마다 예/아니오 레이블이 세 개 있고, 각 레이블은 자기 직선 너머에서 켜지며 여러 개가 함께 켜질 때가 많습니다. 레이블마다 시그모이드와 이진 교차 엔트로피를 하나씩 쓰면 각 레이블이 저마다 다른 질문이 되어, 예측에서 레이블이 두세 개 켜지거나 하나도 안 켜질 수 있습니다. 평가는 부분집합 정확도(모든 레이블이 맞음)와 해밍 손실(틀린 레이블의 비율)로 합니다. 덩어리 데이터 변형처럼 클래스 전체에 소프트맥스를 쓰면 클래스들이 서로 경쟁합니다: 확률의 합이 1이고 샘플마다 정확히 한 클래스를 받습니다.",
    "Three labels, a sigmoid each":
        "레이블 세 개, 각각 시그모이드",
    "Five labels, a sigmoid each":
        "레이블 다섯 개, 각각 시그모이드",
    "Three classes, one softmax":
        "클래스 세 개, 소프트맥스 하나",
    "RMSE versus MSE":
        "RMSE와 MSE",
    "RMSE is the square root of MSE, and the square root never changes which weights are best: both runs end at the same minimum. The scale differs: at the minimum MSE is 51.3 and RMSE is 7.16, its square root. RMSE's gradient is MSE's divided by 2·RMSE, so at the same learning rate its steps are about fourteen times shorter near the minimum; a ten times larger rate brings it there as fast.":
        "RMSE는 MSE의 제곱근이고, 제곱근은 어느 가중치가 가장 좋은지를 바꾸지 않습니다: 두 학습은 같은 최소점에서 끝납니다. 눈금은 다릅니다: 최소점에서 MSE는 51.3이고 RMSE는 그 제곱근인 7.16입니다. RMSE의 기울기는 MSE의 기울기를 2·RMSE로 나눈 것이라, 같은 학습률에서는 최소점 근처의 보폭이 약 열네 배 짧습니다. 열 배 큰 학습률이면 그만큼 빨리 도착합니다.",
    "MSE, learning rate 0.3":
        "MSE, 학습률 0.3",
    "RMSE, learning rate 0.3":
        "RMSE, 학습률 0.3",
    "RMSE, learning rate 3":
        "RMSE, 학습률 3",
    "Metrics":
        "지표",
    "What the model is judged by: training and validation metrics, live, and the test set scored once at the end":
        "모델을 평가하는 기준입니다: 학습·검증 지표를 실시간으로, 테스트 세트는 끝에서 한 번만 평가합니다",
    "Score on the test set":
        "테스트 세트로 평가",
    "Score the model once on the held-out test samples, after the run has ended":
        "학습이 끝난 뒤, 따로 떼어 둔 테스트 샘플로 모델을 한 번 평가합니다",
    "No test set: set a test fraction in the Data panel to hold some samples out, untouched until the end.":
        "테스트 세트가 없습니다: 데이터 패널에서 테스트 비율을 정하면 샘플 일부를 끝까지 손대지 않고 떼어 둡니다.",
    "Scored once, at the end. The test samples took no part in training or in choosing the settings, so their score estimates how the model does on new data; choosing by it would turn them into one more validation set.":
        "끝에서 한 번 평가했습니다. 테스트 샘플은 학습에도 설정을 고르는 데에도 쓰이지 않았으므로, 그 점수는 모델이 새 데이터에서 얼마나 잘하는지를 추정합니다. 이 점수로 설정을 고르면 테스트 샘플은 검증 세트가 하나 더 생긴 것일 뿐입니다.",
    "The test set is scored once, when the run has ended: looked at while settings are still being chosen, it would be one more validation set.":
        "테스트 세트는 학습이 끝났을 때 한 번만 평가합니다: 설정을 고르는 중에 들여다보면 검증 세트가 하나 더 생긴 것일 뿐입니다.",
    "test":
        "테스트",
    "accuracy":
        "정확도",
    "precision":
        "정밀도",
    "recall":
        "재현율",
    "F1":
        "F1",
    "macro F1":
        "매크로 F1",
    "subset accuracy":
        "부분집합 정확도",
    "Hamming loss":
        "해밍 손실",
    "MAE":
        "MAE",
    "R²":
        "R²",
    "Confusion matrix":
        "혼동 행렬",
    "Rows: the true class. Columns: the class the model predicts. The diagonal holds the right answers.":
        "행: 실제 클래스. 열: 모델이 예측한 클래스. 대각선이 맞힌 개수입니다.",
    "predicted class":
        "예측 클래스",
    "true class":
        "실제 클래스",
    "Confusion matrix: training samples":
        "혼동 행렬: 학습 샘플",
    "Confusion matrix: validation samples":
        "혼동 행렬: 검증 샘플",
    "Confusion matrix: test samples":
        "혼동 행렬: 테스트 샘플",
    "Labels":
        "레이블 수",
    "Yes/no labels per sample of the multi-label data.":
        "다중 레이블 데이터에서 샘플마다 붙는 예/아니오 레이블의 수입니다.",
    "Test fraction":
        "테스트 비율",
    "Share of samples held out as a test set: never trained on, scored once at the end.":
        "테스트 세트로 떼어 둘 샘플의 비율입니다: 학습에 쓰지 않고 끝에서 한 번 평가합니다.",
    "SVM margin":
        "SVM 마진",
    "The margin Δ of the multiclass SVM: each wrong class should score Δ below the right one.":
        "다중 클래스 SVM의 마진 Δ입니다: 틀린 클래스마다 점수가 맞는 클래스보다 Δ만큼 낮아야 합니다.",
    "Label smoothing":
        "레이블 스무딩",
    "Targets (1 − e) one-hot + e / classes for the softmax losses; with it, KL is cross-entropy minus the targets' entropy.":
        "소프트맥스 손실의 목표를 (1 − e) 원-핫 + e / 클래스 수로 바꿉니다. 이때 KL은 교차 엔트로피에서 목표의 엔트로피를 뺀 값입니다.",
    "Multi-label (several yes/no labels)":
        "다중 레이블 (예/아니오 레이블 여러 개)",
    "RSS = Σ (f(x) − y)²":
        "RSS = Σ (f(x) − y)²",
    "mean(Σ_{j≠y} max(0, f_j − f_y + Δ))":
        "mean(Σ_{j≠y} max(0, f_j − f_y + Δ))",
    "[f_j − f_y + Δ > 0] / n for j ≠ y; minus their count for y":
        "j ≠ y: [f_j − f_y + Δ > 0] / n;  j = y: −(j ≠ y 값들의 합)",
    "Probabilities":
        "확률",
    "Target and predicted probabilities of a sample, with entropy, cross-entropy and KL; −log q with every sample on it":
        "샘플 하나의 목표 확률과 예측 확률, 그리고 엔트로피·교차 엔트로피·KL; 모든 샘플을 올린 −log q",
    "For the chosen sample: the target distribution p (what the loss aims at) and the model's predicted distribution q, class by class.":
        "고른 샘플의 목표 분포 p(손실이 겨냥하는 것)와 모델이 예측한 분포 q를 클래스별로 보여 줍니다.",
    "probability":
        "확률",
    "target p":
        "목표 p",
    "prediction q":
        "예측 q",
    "What cross-entropy charges a sample: −log of the probability the model gives its true class. It is 0 at q = 1 and rises to infinity as q goes to 0. Dots are the training samples; click one to see its bars.":
        "교차 엔트로피가 샘플 하나에 매기는 값입니다: 모델이 실제 클래스에 준 확률의 −log. q = 1에서 0이고, q가 0으로 가면 무한대로 커집니다. 점은 학습 샘플이며, 하나를 클릭하면 그 막대를 보여 줍니다.",
    "q of the true class":
        "실제 클래스의 q",
    "Probabilities are for classifiers trained with a log-likelihood: cross-entropy, KL divergence, logistic or binary cross-entropy.":
        "확률 보기는 로그 가능도로 학습하는 분류기에서 씁니다: 교차 엔트로피, KL 다이버전스, 로지스틱, 이진 교차 엔트로피.",
    "training sample {index}, class {label}":
        "학습 샘플 {index}번, 클래스 {label}",
    "H(p, q) = H(p) + KL(p‖q): the loss of this sample.":
        "H(p, q) = H(p) + KL(p‖q): 이 샘플의 손실입니다.",
    "KL(q‖p) is infinite: q puts probability where p has none.":
        "KL(q‖p)는 무한대입니다: p가 0인 곳에 q가 확률을 둡니다.",
    "−log q": "−log q",
    "the target columns '{target}' include an empty name":
        "목표 열 '{target}'에 빈 이름이 있습니다",
    "the target columns '{target}' name a column twice":
        "목표 열 '{target}'에 같은 열이 두 번 있습니다",
    "a multi-label target column holds only 0 and 1; '{column}' does not":
        "다중 레이블 목표 열에는 0과 1만 있어야 합니다. '{column}' 열은 그렇지 않습니다",
    "there is no numeric column '{target}' to use as a label":
        "레이블로 쓸 숫자 열이 없습니다: '{target}'",
    "{file} has no feature column left beside the target columns":
        "파일 {file}: 목표 열 말고는 남는 특성 열이 없습니다",
}
