"""The command line in Korean (`lossplay run --lang ko`, `lossplay --lang ko`): argparse's
own words (usage, error, its messages, the help headings) and lossplay's refusals of a
flag's value, each written out here."""
import argparse
import gettext
import re
import sys
from pathlib import Path

import pytest

from lossplay.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from ko import KO  # noqa: E402

sys.path.pop(0)


@pytest.fixture(autouse=True)
def english_again():
    """A run's Korean messages set this process's language: English again for the tests after."""
    yield
    from lossplay.i18n import language, set_language

    if language() != "en":
        set_language("en")


def said(capsys, *argv):
    """(exit status, stderr) of `lossplay ARGV` run in this process."""
    with pytest.raises(SystemExit) as exit_info:
        main(list(argv))
    return exit_info.value.code, capsys.readouterr().err


KOREAN = {
    "a required flag missing": (["--lang", "ko"], "다음 인수가 필요합니다: --out"),
    "not a whole number": (["--lang", "ko", "--out", "x", "--steps", "abc"], "인수 --steps: 정수여야 합니다. 받은 값: 'abc'"),
    "a number of 5000 digits": (["--lang", "ko", "--out", "x", "--seed", "9" * 5000],
                                "인수 --seed: 정수여야 합니다. 받은 값: 5,000자리 수"),
    "not a number": (["--lang", "ko", "--out", "x", "--lr", "fast"], "인수 --lr: 숫자여야 합니다. 받은 값: 'fast'"),
    "not a batch size": (["--lang", "ko", "--out", "x", "--batch-size", "half"],
                         "인수 --batch-size: 'all' 또는 정수여야 합니다. 받은 값: 'half'"),
    "not a size": (["--lang", "ko", "--out", "x", "--size", "big"],
                   "인수 --size: 800x600처럼 가로x세로 형식이어야 합니다. 받은 값: 'big'"),
    "a size too large": (["--lang", "ko", "--out", "x", "--size", "9000x9000"],
                         "인수 --size: 64x64에서 7680x4320 사이여야 합니다. 받은 값: '9000x9000'"),
    "not a start": (["--lang", "ko", "--out", "x", "--start", "a,b"],
                    "인수 --start: 쉼표로 구분한 숫자들이어야 합니다. 받은 값: 'a,b'"),
    "an empty folder": (["--lang", "ko", "--out="], "인수 --out: 폴더 이름이 필요합니다 (--out= 값이 비어 있습니다)"),
    "a blank folder": (["--lang", "ko", "--out", " "], "인수 --out: 공백만이 아닌 폴더 이름이 필요합니다 (' ')"),
    "an invalid choice": (["--lang", "ko", "--out", "x", "--theme", "blue"],
                          "인수 --theme: 잘못된 선택: 'blue' (다음 중에서 고르세요: 'light', 'dark', 'contrast')"),
    "a flag without its value": (["--lang", "ko", "--out"], "인수 --out: 값이 하나 필요합니다"),
    "an unknown flag": (["--lang", "ko", "--out", "x", "--bogus"], "알 수 없는 인수: --bogus"),
    "two flags that exclude each other": (["--lang", "ko", "--out", "x", "--l1", "1", "--l2", "2"],
                                          "인수 --l2: --l1 인수와 함께 쓸 수 없습니다"),
    "a value for a switch": (["--lang", "ko", "--out", "x", "--captions=yes"],
                             "인수 --captions: 값을 받지 않는 인수에 값이 주어졌습니다: 'yes'"),
    "an ambiguous abbreviation": (["--lang", "ko", "--out", "x", "--st", "5"],
                                  "모호한 옵션: --st (해당할 수 있는 옵션: --steps, --start)"),
    "--lang=ko": (["--lang=ko", "--out", "x", "--steps", "abc"], "인수 --steps: 정수여야 합니다. 받은 값: 'abc'"),
    "--lang abbreviated": (["--lan", "ko", "--out", "x", "--steps", "abc"], "인수 --steps: 정수여야 합니다. 받은 값: 'abc'"),
    "--lang after the mistake": (["--out", "x", "--steps", "abc", "--lang", "ko"],
                                 "인수 --steps: 정수여야 합니다. 받은 값: 'abc'"),
    "a refusal of the scenario's checks": (["--lang", "ko", "--out", "x", "--steps=-5"],
                                           "steps 값의 허용 범위: 0 ~ 1,000,000. 받은 값: -5"),
}


@pytest.mark.parametrize("argv, message", KOREAN.values(), ids=KOREAN.keys())
def test_lossplay_run_says_its_refusals_in_korean(capsys, tmp_path, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    assert said(capsys, "run", *argv) == (2, f"lossplay run: 오류: {message}\n")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("argv", [["--out", "x", "--steps", "abc"], ["--lang", "ko", "--lang", "en", "--out", "x",
                                                                       "--steps", "abc"]], ids=["no --lang", "the last one"])
def test_english_stays_english(capsys, tmp_path, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    assert said(capsys, "run", *argv) == (2, "lossplay run: error: argument --steps: must be a whole number, got 'abc'\n")


def test_argparse_speaks_english_again_after_a_korean_command_line(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    said(capsys, "run", "--lang", "ko", "--out", "x", "--steps", "abc")
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext
    assert argparse.ArgumentParser(prog="p").format_usage() == "usage: p [-h]\n"


def test_the_help_of_lossplay_run_has_korean_headings(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")  # one line per option
    with pytest.raises(SystemExit) as exit_info:
        main(["run", "--lang", "ko", "--help"])
    assert exit_info.value.code == 0
    text = capsys.readouterr().out
    assert text.startswith("사용법: lossplay run [-h] ")
    assert "\n옵션:\n" in text and "usage:" not in text and "options:" not in text
    assert "  -h, --help            이 도움말을 보여 주고 끝냅니다\n" in text
    assert "\n창 없이 시나리오를 실행하고 그 숫자들을 씁니다.\n" in text
    assert "  --lr LR               학습률 (기본값 0.03)\n" in text
    assert "  --optimizer KEY       옵티마이저: sgd, momentum, nesterov, adagrad, rmsprop, adam, adamw (기본값 sgd)\n" in text


def test_every_help_text_of_lossplay_run_has_korean():
    from lossplay.cli import run_parser

    parser = run_parser()  # in English: its texts are the table's sources once the values are taken out
    texts = [parser.description] + [a.help for a in parser._actions if a.help and a.dest != "help"]
    assert len(texts) >= 40
    sources = {re.sub(r"\{[^{}]*\}", "", source) for source in KO}
    filled = {"data set": "data set: , or csv:PATH for your own (default house)", "loss:": "loss:  (default )",
              "optimizer:": "optimizer:  (default sgd)",
              "frames per second": "frames per second of the animation, one frame per step,  to  (default 20)"}
    missing = [t for t in texts if t not in sources and not any(t.startswith(k) and filled[k] in sources for k in filled)]
    assert missing == []


def test_the_window_says_its_command_line_mistakes_in_korean(capsys):
    assert said(capsys, "--lang", "ko", "--bogus") == (
        2, "사용법: lossplay [-h] [--scenario FILE] [--lang {en,ko}] [SESSION]\nlossplay: 오류: 알 수 없는 인수: --bogus\n")
    assert said(capsys, "--lang", "ko", "--scenario") == (
        2, "사용법: lossplay [-h] [--scenario FILE] [--lang {en,ko}] [SESSION]\n"
           "lossplay: 오류: 인수 --scenario: 값이 하나 필요합니다\n")


def test_the_window_in_english_says_them_in_english(capsys):
    assert said(capsys, "--lang", "en", "--bogus") == (
        2, "usage: lossplay [-h] [--scenario FILE] [--lang {en,ko}] [SESSION]\nlossplay: error: unrecognized arguments: --bogus\n")


def test_every_argparse_placeholder_is_kept():
    percent = re.compile(r"%(?:\([a-z_]+\))?[sr]")
    entries = {source: korean for source, korean in KO.items() if percent.search(source)}
    assert len(entries) == 13
    assert [s for s, k in entries.items() if sorted(percent.findall(s)) != sorted(percent.findall(k))] == []


def test_the_window_launchers_own_words_are_korean_too(capsys, tmp_path, monkeypatch):
    with pytest.raises(SystemExit):
        main(["--lang", "ko", "--help"])
    help_text = capsys.readouterr().out
    for korean in ("손실 함수와 경사 하강법을 직접 움직여 보며 배우는 프로그램입니다.", "이 세션 파일(.lossplay.json)을 엽니다",
                   "이 시나리오 JSON 파일로 엽니다", "창의 언어: en(영어) 또는 ko(한국어)"):
        assert korean in help_text
    # no display: one line, in Korean, exit status 2 (before Qt would abort the process)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    assert said(capsys, "--lang", "ko") == (
        2, "lossplay: 오류: 창을 띄울 디스플레이가 없습니다. 데스크톱 세션에서 lossplay를 시작하거나, 창 없이 수치와 그림만 "
           "얻으려면 `lossplay run ... --out DIR`을 쓰세요\n")
    bad = tmp_path / "s.lossplay.json"
    bad.write_text("{", encoding="utf-8")
    code, err = said(capsys, "--lang", "ko", str(bad))
    assert code == 2 and err.startswith("lossplay: 오류: ") and err.count("\n") == 1
