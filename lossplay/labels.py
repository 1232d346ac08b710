"""The names a person reads for each key, in English: the source texts of the translations."""

DATA_LABELS = {"house": "House prices", "pass_fail": "Pass / fail (1 feature)", "blobs": "Blobs",
               "moons": "Moons", "circles": "Circles", "xor": "XOR",
               "multilabel": "Multi-label (several yes/no labels)"}
MODEL_LABELS = {"linear": "Linear", "multiclass": "Linear, one output per class", "mlp": "MLP, one hidden layer"}
LOSS_LABELS = {"mse": "Mean squared error", "half_mse": "Half mean squared error", "sse": "Residual sum of squares (RSS)",
               "rmse": "Root mean squared error", "mae": "Mean absolute error", "huber": "Huber",
               "zero_one": "0/1 loss", "logistic": "Logistic (BCE on −1/+1 labels)", "exponential": "Exponential", "hinge": "Hinge",
               "squared_hinge": "Squared hinge", "bce": "Binary cross-entropy", "cross_entropy": "Cross-entropy",
               "sparse_cross_entropy": "Sparse cross-entropy", "multiclass_hinge": "Multiclass hinge (SVM)",
               "kl_div": "KL divergence"}
OPTIMIZER_LABELS = {"sgd": "Gradient descent", "momentum": "Momentum", "nesterov": "Nesterov momentum",
                    "adagrad": "Adagrad", "rmsprop": "RMSProp", "adam": "Adam", "adamw": "AdamW"}
