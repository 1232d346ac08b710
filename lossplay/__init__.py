"""lossplay: a desktop playground for loss functions and gradient descent."""
__version__ = "0.1.0"
