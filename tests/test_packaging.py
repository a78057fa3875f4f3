"""The wheel installs kg, kg.loaders and the ontology files under kg, and no generic top-level name."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_ships_ontology_queries_and_reference_under_kg(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("kg-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    top_level = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert top_level == {"kg"}
    for expected in (
        "kg/_ontology/irkg.ttl",
        "kg/_ontology/shapes.ttl",
        "kg/queries/designations-changed.cypher",
        "kg/reference/states.csv",
        "kg/loaders/__init__.py",
    ):
        assert expected in names
