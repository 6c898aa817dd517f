#!/usr/bin/env python3
"""Runs one SQL file through a given SQLite library (the API's own libe_sqlite3.so: its planner
differs from the sqlite3 CLI's) against a database, prints EXPLAIN QUERY PLAN, then the CPU and
wall time of 10 runs after one warm-up. Usage and why: bench/profile/README.md."""
import ctypes
import json
import resource
import sys
import time

SQLITE_ROW = 100
SQLITE_OPEN_READONLY = 1
SQLITE_TRANSIENT = ctypes.c_void_p(-1)

if len(sys.argv) < 5:
    sys.exit("usage: sql-cpu.py LIBSQLITE DATABASE PARAMS_JSON SQL_FILE [PRAGMA ...]")
library, database, parameters, sql_file, *pragmas = sys.argv[1:]
lib = ctypes.CDLL(library)
lib.sqlite3_libversion.restype = ctypes.c_char_p
lib.sqlite3_errmsg.restype = ctypes.c_char_p
lib.sqlite3_column_text.restype = ctypes.c_char_p
db = ctypes.c_void_p()
if lib.sqlite3_open_v2(database.encode(), ctypes.byref(db), SQLITE_OPEN_READONLY, None):
    sys.exit(f"cannot open {database}")
values = json.loads(parameters)


def run(sql):
    statement = ctypes.c_void_p()
    if lib.sqlite3_prepare_v2(db, sql.encode(), -1, ctypes.byref(statement), None):
        sys.exit(lib.sqlite3_errmsg(db).decode())
    for name, value in values.items():
        index = lib.sqlite3_bind_parameter_index(statement, name.encode())
        if index == 0:
            continue
        if isinstance(value, int):
            lib.sqlite3_bind_int64(statement, index, ctypes.c_int64(value))
        else:
            text = value.encode()
            lib.sqlite3_bind_text(statement, index, text, len(text), SQLITE_TRANSIENT)
    rows = []
    while lib.sqlite3_step(statement) == SQLITE_ROW:
        rows.append([(lib.sqlite3_column_text(statement, c) or b"").decode() for c in range(lib.sqlite3_column_count(statement))])
    lib.sqlite3_finalize(statement)
    return rows


print(f"SQLite {lib.sqlite3_libversion().decode()}")
for pragma in pragmas:
    run(pragma)
sql = open(sql_file, encoding="utf-8").read()
for row in run("EXPLAIN QUERY PLAN " + sql):
    print("  " + row[-1])
run(sql)
cpu, wall = [], []
for _ in range(10):
    before, start = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    rows = run(sql)
    after, end = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    cpu.append(1000 * (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime))
    wall.append(1000 * (end - start))
cpu.sort()
wall.sort()
print(f"{len(rows)} rows; CPU ms min {cpu[0]:.0f} median {cpu[5]:.0f}; wall ms min {wall[0]:.0f} median {wall[5]:.0f}")
