"""Packaging of what pyproject.toml cannot say: the data the default pipeline needs (the project
root's data/lexicons, configs and models) ships inside the package as ``pipeline/_root``, in the
project root's layout, so config paths resolve the same way in a checkout and in a non-editable
install (``pipeline/paths.py``)."""
from setuptools import find_packages, setup

SHIPPED = {"pipeline._root.data.lexicons": "data/lexicons", "pipeline._root.configs": "configs",
           "pipeline._root.models": "models"}

setup(
    packages=find_packages(include=["pipeline", "pipeline.*"]) + list(SHIPPED),
    package_dir=SHIPPED,
    package_data={
        "pipeline": ["schemas/*.json", "report/assets/*"],
        "pipeline._root.data.lexicons": ["*.txt", "*.yaml"],
        "pipeline._root.configs": ["*.yaml"],
        "pipeline._root.models": ["pkuseg/*", "ner/*.cfg", "ner/*.json", "ner/*/*"],
    },
)
