#!/usr/bin/env python3
"""Checks every shipped criteria set against the documented JSON Schema, and that the schema
still rejects a broken set (so the check itself can fail).

Usage: check_schema.py SOURCE_DIR
"""
import copy
import json
import pathlib
import sys

import jsonschema


def main():
    root = pathlib.Path(sys.argv[1]) / "criteria_templates"
    schema = json.loads((root / "schema/criteria-set.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    passed = failed = 0
    sets = sorted(root.glob("*.json"))
    for path in sets:
        data = json.loads(path.read_text(encoding="utf-8"))
        errors = list(validator.iter_errors(data))
        for e in errors[:5]:
            print(f"{path.name}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
        failed += bool(errors)
        passed += not errors
    # Negative controls: each must be rejected.
    broken = copy.deepcopy(json.loads(sets[0].read_text(encoding="utf-8")))
    broken["areas"][0]["criteria"][0]["sub_criteria"][0]["rule"] = {"kind": "lottery"}
    float_max = copy.deepcopy(json.loads(sets[0].read_text(encoding="utf-8")))
    float_max["areas"][0]["max"] = 14.5
    for name, doc in (("unknown rule kind", broken), ("float decimal", float_max)):
        if validator.is_valid(doc):
            print(f"schema accepts a set with {name}")
            failed += 1
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
