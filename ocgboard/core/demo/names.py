"""Invented names of many origins, drawn reproducibly from resources/demo.json."""

from __future__ import annotations

import json
import random
from functools import cache

from ocgboard import paths


@cache
def data() -> dict:
    with open(paths.resources_dir() / "demo.json", encoding="utf-8") as fh:
        return json.load(fh)


class Names:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.origins = list(data()["people"].values())
        self.words = data()["operation_words"]

    def person(self) -> str:
        origin = self.rng.choice(self.origins)
        return f"{self.rng.choice(origin['given'])} {self.rng.choice(origin['family'])}"

    def family(self) -> tuple[list, str]:
        """An origin's given names and one surname, for a group of relatives."""
        origin = self.rng.choice(self.origins)
        return origin["given"], self.rng.choice(origin["family"])

    def aliases(self, name: str) -> list[str]:
        count = self.rng.choices((0, 1, 2), weights=(5, 4, 1))[0]
        found = []
        for _ in range(count):
            style = self.rng.random()
            if style < 0.5:
                found.append(self.rng.choice(data()["alias_words"]))
            elif style < 0.8:
                found.append(f"{self.rng.choice(data()['alias_words'])} {name.split()[-1]}")
            else:
                found.append(self.person())
        return found

    def operation(self, number: int) -> str:
        word = self.words[number % len(self.words)]
        cycle = number // len(self.words)
        return f"Operation {word}" + (f" {cycle + 1}" if cycle else "")

    def group(self, surname: str) -> str:
        style = self.rng.random()
        if style < 0.5:
            return f"{surname} {self.rng.choice(data()['group_suffixes'])}"
        return f"{self.rng.choice(data()['streets'])} {self.rng.choice(data()['group_suffixes'])}"

    def pick(self, key: str):
        return self.rng.choice(data()[key])
