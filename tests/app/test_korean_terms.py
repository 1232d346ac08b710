"""The Korean table reads like the course notes: one Korean term per English term, and
no Korean particle glued to a value that is filled in later (its form depends on the
value's last sound: 학습률 1.05이 / 모멘텀는 are what that gives)."""
import re
import sys
from pathlib import Path

import pytest

from lossplay.labels import LOSS_LABELS

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from ko import KO  # noqa: E402

sys.path.pop(0)

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# A particle whose form depends on the sound before it (은/는, 이/가, 을/를, 와/과, 으로/로,
# 이나/나, 이며/며 ...), right after a placeholder or after the quote or bracket closing one.
PARTICLE_AFTER_VALUE = re.compile(
    r"\}['\"’”)\]]*(?:(?:은|는|이|가|을|를|와|과|으로|로|이나|나|이랑|랑|이야|야)(?![가-힣])"
    r"|이(?:며|고|므로|라|다|나|면|었|에요)|으로)")


def test_the_particle_check_catches_what_the_notes_complained_about():
    for bad in ("{optimizer}는 적용", "학습률 {lr}이 큽니다", "{file}을 읽을 수", "{path}이 없습니다",
                "손실 '{loss}'은 맞지", "{file}로 저장", "{a}와 {b}", "{x}이며"):
        assert PARTICLE_AFTER_VALUE.search(bad), bad
    for good in ("'{loss}' 손실은 맞지", "{step}단계부터 {optimizer} 적용", "{count}개", "{factor}배가",
                 "저장할 수 없습니다: {file}", "수업 {name}의 변형", "{count}가지"):
        assert not PARTICLE_AFTER_VALUE.search(good), good


def test_no_particle_follows_a_placeholder():
    glued = sorted(f"{source!r} -> {korean!r}" for source, korean in KO.items()
                   if PARTICLE_AFTER_VALUE.search(korean))
    assert glued == []


def test_every_placeholder_is_kept():
    changed = sorted(source for source, korean in KO.items()
                     if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(korean)))
    assert changed == []


# (English, as a pattern over the source with its placeholders taken out; the Korean term
# its translation must use). From the course notes' glossary and issue 14.
TERMS = [
    (r"\bcritical\b", "임계 학습률"),
    (r"\bKL divergence\b", "KL 다이버전스"),
    (r"\bdiverg(e|es|ed|ing)\b", "발산"),
    (r"\bconverge[sd]?\b", "수렴"),
    (r"\bminimum\b", "최소점"),
    (r"\bgradient descent\b", "경사 하강법"),
    (r"\bbatch GD\b", "배치 경사 하강법"),
    (r"\bpenalty\b", "페널티"),
    (r"\brac(e|er)\b", "비교"),
    (r"\bparameters?\b", "파라미터"),
    (r"\blearning rate\b", "학습률"),
    (r"(?<!lr, )\boptimizers?\b", "옵티마이저"),  # not the session key in "lr, optimizer and batch_size"
    (r"\bvalidation\b", "검증"),
    (r"\bweights?\b", "가중치"),
    (r"\bbias(es)?\b", "편향"),
    (r"\bloss functions?\b", "손실 함수"),
    (r"\bmini-?batch", "미니배치"),
    (r"\boverfitting\b", "과적합"),
    (r"\bstep limit\b", "단계 한도"),
    # a step as a displacement of the weights (not a step number): 이동
    (r"\b(gradient|actual) step\b|\bthe step is not\b|\beach step by\b|\bovershoot", "이동"),
]

# Korean that the notes never use for these ideas, anywhere in the table.
AVOIDED = {
    "critical-rate": r"임계값",  # reads as "threshold": 임계 학습률
    "kl-divergence": r"KL 발산",  # 발산 is the status "diverged": KL 다이버전스
    "minimum-is-a-point": r"최솟값",  # 최소점
    "gradient-descent-beop": r"경사 하강(?!법)",  # the -법 forms of the notes
    "penalty": r"벌점",  # 페널티
    "race": r"경주|참가자",  # 비교
    "parameter": r"매개변수",  # 파라미터, as beside 하이퍼파라미터
    "times-after-a-number": r"[\d.]×",  # 1.05배
    "ro-ui-translationese": r"(?<!경)로의",
    "ill-conditioned": r"조건이 나쁜",  # 조건수가 큰, 길고 좁은 골짜기
    "word-for-word": r"놀이터|찍기|살아남|폭발|싸지만|그릇에는|그릇에서|같은 그릇",
    "lowercase-keys-as-names": r"(?<![\w'-])(mse|mae|huber)\b",  # MSE, MAE, Huber
}


@pytest.mark.parametrize("english,korean", TERMS, ids=[t[0] for t in TERMS])
def test_one_korean_term_per_english_term(english, korean):
    pattern = re.compile(english, re.IGNORECASE)
    wrong = sorted(f"{source!r} -> {text!r}" for source, text in KO.items()
                   if pattern.search(PLACEHOLDER.sub("", source)) and korean not in text)
    assert wrong == []


@pytest.mark.parametrize("name", AVOIDED)
def test_words_the_notes_do_not_use(name):
    pattern = re.compile(AVOIDED[name])
    assert sorted(text for text in KO.values() if pattern.search(text)) == []


def test_every_loss_in_the_menu_is_named_as_a_loss():
    """지수 alone reads as 'exponent', 힌지 alone as a door hinge: the menu says 지수 손실."""
    unnamed = sorted(KO[label] for label in LOSS_LABELS.values()
                     if not re.search("손실|오차|엔트로피|다이버전스", KO[label]))
    assert unnamed == []
