"""Tilastot: figures of a period and the workbook for reporting."""

from ryhmat.ui.statistics.page import StatisticsPage

__all__ = ["StatisticsPage"]
