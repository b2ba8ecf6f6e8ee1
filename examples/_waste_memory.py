# A module that wastes memory on purpose (imported by 20_top_lines_of_a_leaky_module.py).
import os


class Record:
    def __init__(self, data):
        self.data = data


def build(n):
    records = []
    for i in range(n):
        blob = b"%08d" % i * 8               # 64 bytes of data in a bytes object
        records.append(Record(blob))
        records.append("label-%d" % i)
    return records


def run():
    kept = build(5000)
    return kept
