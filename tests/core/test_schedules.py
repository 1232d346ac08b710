"""Learning-rate schedules against torch.optim.lr_scheduler 2.13.0 (float64), which
produced the numbers below: SGD at base lr 0.5 for twelve steps from theta = (0.3, -0.5, 1.2)
on f(theta) = (t0 - 1)^4 / 4 + 1.5 (t1 + 2)^2 + 0.7 t0 t1 + sin(t2), the scheduler stepped
after every update. `lrs[t]` is the rate update t + 1 used (and lrs[12] the next one);
`thetas[t]` is theta after t + 1 updates. Schedules: constant (LambdaLR of 1),
StepLR(3, 0.5), ExponentialLR(0.8), CosineAnnealingLR(5), LinearLR(1/4, 1, 4)."""
import math

import numpy as np
import pytest

from lossplay.core import Run, Scenario, ScenarioError, build_problem, train
from lossplay.core.optimizers import OPTIMIZERS
from lossplay.core.schedules import parse_schedule

TORCH = {
    'constant': {
        "lrs": [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
        "thetas": [
            [0.6464999999999999, -2.855, 1.018821122761663],
            [1.6678370776874998, -1.798775, 0.7566360637134739],
            [2.1484785348618542, -2.684355477190625, 0.3930613671758807],
            [2.330579666980469, -2.4097897486063364, -0.06880904844135793],
            [1.996148849165124, -2.610808009139996, -0.5676258441067106],
            [2.4156861601312145, -2.3932480926377955, -0.9892157300227982],
            [1.834687035133456, -2.6488661097270274, -1.2638884109456203],
            [2.47102592376823, -2.317707407433196, -1.4149446545800657],
            [1.690634317018124, -2.7060053696022823, -1.4925554071643932],
            [2.473028282312206, -2.238719326155202, -1.5316359656229457],
            [1.6584825887696897, -2.746200235731671, -1.5512111421142265],
            [2.4768938700091336, -2.207368788203556, -1.5610031084270228],
        ],
    },
    'step:3:0.5': {
        "lrs": [0.5, 0.5, 0.5, 0.25, 0.25, 0.25, 0.125, 0.125, 0.125, 0.0625, 0.0625, 0.0625, 0.03125],
        "thetas": [
            [0.6464999999999999, -2.855, 1.018821122761663],
            [1.6678370776874998, -1.798775, 0.7566360637134739],
            [2.1484785348618542, -2.684355477190625, 0.3930613671758807],
            [2.2395291009211613, -2.547072612898481, 0.16212615936726138],
            [2.2091536427984906, -2.5286857458858236, -0.08459541971457851],
            [2.209712112103258, -2.5187733239611916, -0.3337014049353208],
            [2.208817676597406, -2.5175831372847797, -0.4518059613392483],
            [2.2083095819096052, -2.51676100750526, -0.564263474269135],
            [2.2080078519957507, -2.516202718107878, -0.6698863141229927],
            [2.2079151404987445, -2.516015051987465, -0.7188795802574927],
            [2.207839583970035, -2.5158585171366354, -0.7659135830515367],
            [2.2077778480172183, -2.515728026972205, -0.8109604184524786],
        ],
    },
    'exp:0.8': {
        "lrs": [0.5, 0.4, 0.32000000000000006, 0.25600000000000006, 0.20480000000000007, 0.16384000000000007, 0.13107200000000005, 0.10485760000000005, 0.08388608000000004, 0.06710886400000003, 0.05368709120000003, 0.042949672960000025, 0.03435973836800002],
        "thetas": [
            [0.6464999999999999, -2.855, 1.018821122761663],
            [1.4635696621499998, -2.01002, 0.8090730755231117],
            [1.8819358536212156, -2.3282404043216, 0.5882188367515528],
            [2.123545839454289, -2.413394678771533, 0.37524467219831287],
            [2.1790593948733736, -2.46383651967847, 0.1846950704357721],
            [2.193080744801437, -2.485763557405346, 0.023641612713532798],
            [2.198553479211016, -2.495969589984475, -0.10739375922792888],
            [2.2012189754570985, -2.5013255762594087, -0.21164725683138164],
            [2.2027001166012146, -2.5044190058218785, -0.293661519700359],
            [2.203599545459905, -2.506340538230174, -0.35789748240454217],
            [2.2041816020862792, -2.5076020811032818, -0.4081827134744593],
            [2.204576477676151, -2.508466266239516, -0.4476038000189705],
        ],
    },
    'cosine:5': {
        "lrs": [0.5, 0.45225424859373686, 0.32725424859373686, 0.17274575140626314, 0.04774575140626316, 0.0, 0.04774575140626314, 0.17274575140626322, 0.32725424859373703, 0.45225424859373714, 0.5000000000000002, 0.45225424859373725, 0.3272542485937371],
        "thetas": [
            [0.6464999999999999, -2.855, 1.018821122761663],
            [1.5703080652609664, -1.8996355125581605, 0.7816725090169764],
            [1.9447692056385142, -2.357892617498348, 0.5494082884540016],
            [2.0842155137311784, -2.4075847625186793, 0.40208489826516197],
            [2.1038289315843577, -2.4188621453310666, 0.35814700922869286],
            [2.1038289315843577, -2.4188621453310666, 0.35814700922869286],
            [2.120456678066823, -2.4291797069557646, 0.31343082231626673],
            [2.1712056697916617, -2.4631727115805417, 0.14910100808158094],
            [2.2097076131845244, -2.5058223944953926, -0.1745223618352744],
            [2.2023804686420725, -2.519086173011036, -0.6199066817322578],
            [2.214908610248719, -2.5112900775192073, -1.0268730188889508],
            [2.1989414955616615, -2.518782028515842, -1.2609132725855332],
        ],
    },
    'warmup:4': {
        "lrs": [0.125, 0.21875, 0.3125, 0.40625, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
        "thetas": [
            [0.386625, -1.08875, 1.1547052806904157],
            [0.6038206490784301, -1.745959765625, 1.0662891284977674],
            [1.0051817070283433, -2.116208252337469, 0.9152340990843479],
            [1.6069783722655375, -2.260427992737364, 0.6675820594862024],
            [2.286315850873428, -2.432228433924256, 0.27492161932934567],
            [2.073421252924093, -2.584096330843572, -0.2063016200221069],
            [2.359439173507947, -2.4336492731016466, -0.6956992140888658],
            [1.9550437345675098, -2.608979074176958, -1.079502087866905],
            [2.432634639761043, -2.3797757700101494, -1.3153858094786475],
            [1.795356398703904, -2.6615342389112904, -1.4417071244324666],
            [2.475325413992575, -2.297607620090721, -1.506072612805021],
            [1.6739024409896388, -2.7175600848520407, -1.5384118797039155],
        ],
    },
}


def gradient(t):
    return np.array([(t[0] - 1.0) ** 3 + 0.7 * t[1], 3.0 * (t[1] + 2.0) + 0.7 * t[0], math.cos(t[2])])


@pytest.mark.parametrize("spec", list(TORCH))
def test_rate_of_every_step_matches_torch(spec):
    schedule = parse_schedule(spec)
    expected = TORCH[spec]["lrs"]
    got = [schedule.lr(0.5, t) for t in range(len(expected))]
    np.testing.assert_allclose(got, expected, rtol=1e-14, atol=1e-16)
    np.testing.assert_allclose(schedule.rates(0.5, np.arange(len(expected))), expected, rtol=1e-14, atol=1e-16)


@pytest.mark.parametrize("spec", list(TORCH))
def test_sgd_trajectory_matches_torch(spec):
    schedule, sgd = parse_schedule(spec), OPTIMIZERS["sgd"]
    theta = np.array([0.3, -0.5, 1.2])
    state = sgd.init(theta)
    for t, expected in enumerate(TORCH[spec]["thetas"]):
        theta, state = sgd.update(theta, gradient(theta), state, schedule.lr(0.5, t))
        np.testing.assert_allclose(theta, expected, rtol=1e-12, atol=1e-14)


def house_gradient(problem, theta):
    X, y = problem.objective.X, problem.objective.y
    Xb = np.column_stack([X, np.ones(len(X))])
    return 2.0 / len(y) * Xb.T @ (Xb @ theta - y)


@pytest.mark.parametrize("spec", list(TORCH))
def test_history_rows_carry_the_rate_the_next_update_uses(spec):
    problem = build_problem(Scenario(lr=0.5, schedule=spec, steps=12))
    h = train(problem)
    np.testing.assert_allclose(h.lrs, TORCH[spec]["lrs"], rtol=1e-14, atol=1e-16)
    for t in range(12):
        step = TORCH[spec]["lrs"][t] * house_gradient(problem, h.thetas[t])
        np.testing.assert_allclose(h.thetas[t + 1], h.thetas[t] - step, rtol=1e-12, atol=1e-12)


def test_a_run_advanced_in_chunks_gives_the_same_rows():
    problem = build_problem(Scenario(lr=0.5, schedule="cosine:7", steps=40, optimizer="momentum"))
    whole = train(problem)
    run = Run(problem)
    chunks = [run.advance(3) for _ in range(20)]
    rows = np.concatenate([c.lrs for c in chunks])
    np.testing.assert_array_equal(rows, whole.lrs)
    np.testing.assert_array_equal(np.concatenate([c.thetas for c in chunks]), whole.thetas)


def test_a_new_base_rate_scales_the_schedule_from_the_next_update():
    problem = build_problem(Scenario(lr=0.5, schedule="exp:0.8", steps=20))
    run = Run(problem)
    first = run.advance(5)  # rows 0..5
    run.lr = 0.25
    second = run.advance(5)  # rows 6..10
    assert first.lrs[-1] == pytest.approx(0.5 * 0.8 ** 5, rel=1e-14)
    np.testing.assert_allclose(second.lrs, [0.25 * 0.8 ** t for t in range(6, 11)], rtol=1e-14)


def test_critical_rate_stays_the_bound_for_the_base_rate():
    assert build_problem(Scenario(schedule="exp:0.5")).critical_lr == build_problem(Scenario()).critical_lr


@pytest.mark.parametrize("spec,words", [
    ("linear", "unknown learning-rate schedule 'linear'; write one of: constant, step:S:G, exp:G, cosine:T or warmup:K"),
    ("exp", "schedule 'exp' is not of the form exp:G"),
    ("step:10", "schedule 'step:10' is not of the form step:S:G"),
    ("constant:1", "schedule 'constant:1' is not of the form constant"),
    ("exp:1.5", "in schedule 'exp:1.5', the factor G must be a number with 0 < G <= 1, got '1.5'"),
    ("exp:0", "in schedule 'exp:0', the factor G must be a number with 0 < G <= 1, got '0'"),
    ("exp:nan", "in schedule 'exp:nan', the factor G must be a number with 0 < G <= 1, got 'nan'"),
    ("step:0:0.5", "in schedule 'step:0:0.5', S must be a whole number of steps from 1 to 1000000000, got '0'"),
    ("cosine:2.5", "in schedule 'cosine:2.5', T must be a whole number of steps from 1 to 1000000000, got '2.5'"),
    ("warmup:-3", "in schedule 'warmup:-3', K must be a whole number of steps from 1 to 1000000000, got '-3'"),
])
def test_bad_schedules_are_refused_with_one_line(spec, words):
    with pytest.raises(ScenarioError) as e:
        Scenario(schedule=spec).validated()
    assert str(e.value) == words
    with pytest.raises(ScenarioError):
        Scenario.from_dict({"schedule": spec})


def test_schedule_must_be_text_in_a_scenario_file():
    with pytest.raises(ScenarioError, match="must be a name"):
        Scenario.from_dict({"schedule": 0.9})
