"""The three plots of the window and the exports. Items are created once and updated
with setData / setImage; views draw what they are given and compute no losses."""
from .data_view import DataView
from .landscape_view import LandscapeView
from .loss_chart import LossChart

__all__ = ["DataView", "LandscapeView", "LossChart"]
