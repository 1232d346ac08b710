"""The numpy core of lossplay. It never imports Qt."""
from .problem import Problem, build_problem
from .scenario import Scenario, ScenarioError
from .training import History, Run, train

__all__ = ["History", "Problem", "Run", "Scenario", "ScenarioError", "build_problem", "train"]
