"""Realistic, deterministic demo boards at three scales."""

from ocgboard.core.demo.build import SCALES, Scale, generate

__all__ = ["SCALES", "Scale", "generate"]
