#!/usr/bin/env python3
"""Checks every bundled pack against questions/pack.schema.json, so the schema
editors use and the app's validator cannot drift apart."""
import glob
import json
import os
import sys

import jsonschema
import yaml

packs_dir = sys.argv[1]
schema = json.load(open(os.path.join(packs_dir, "pack.schema.json"), encoding="utf-8"))
validator = jsonschema.Draft202012Validator(schema)
files = sorted(glob.glob(os.path.join(packs_dir, "*.yaml")))
if not files:
    sys.exit(f"no packs in {packs_dir}")
failed = 0
for path in files:
    with open(path, encoding="utf-8") as f:
        pack = yaml.safe_load(f)
    for error in validator.iter_errors(pack):
        location = "/".join(str(p) for p in error.absolute_path)
        print(f"{path}: {location}: {error.message}")
        failed += 1
print(f"{len(files)} packs checked against the schema, {failed} problem(s)")
sys.exit(1 if failed else 0)
