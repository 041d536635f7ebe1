"""The data scientist's part of the e2e job: train a small scikit-learn model and log it to Cairn's tracking
service with the unmodified mlflow client. Prints one JSON line: the run id, the logged model id and the test
accuracy of the model loaded back with mlflow.pyfunc."""
import json
import sys

import mlflow
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split


def main(tracking_uri: str) -> None:
    mlflow.set_tracking_uri(tracking_uri)
    mlflow.set_experiment("e2e-fraud")
    rng = np.random.default_rng(7)
    features = pd.DataFrame(rng.normal(size=(400, 4)), columns=["amount", "age", "hour", "merchant"])
    labels = (features["amount"] + 0.5 * features["hour"] > 0).astype(int)
    x_train, x_test, y_train, y_test = train_test_split(features, labels, random_state=7)
    with mlflow.start_run(run_name="e2e-logreg") as run:
        mlflow.log_input(mlflow.data.from_pandas(x_train.assign(label=y_train), name="transactions"), context="training")
        params = {"C": 1.0, "max_iter": 200}
        mlflow.log_params(params)
        model = LogisticRegression(**params).fit(x_train, y_train)
        accuracy = float(model.score(x_test, y_test))
        mlflow.log_metric("accuracy", accuracy)
        info = mlflow.sklearn.log_model(model, name="model", input_example=x_test.head(2))
    loaded = mlflow.pyfunc.load_model(info.model_uri)
    loaded_accuracy = float((loaded.predict(x_test) == y_test.to_numpy()).mean())
    print(json.dumps({"run_id": run.info.run_id, "model_id": info.model_id, "accuracy": accuracy,
                      "loaded_accuracy": loaded_accuracy}))


if __name__ == "__main__":
    main(sys.argv[1])
