"""Topic summaries for researchers: tables, charts, ``report.md`` and a static ``index.html``.

Example:
    >>> from dvtext.summarize import write_report
    >>> write_report("archive.sqlite", "report/", topics=["cchc"], by="province")  # doctest: +SKIP
"""

from dvtext.summarize.report import summarize, write_report
from dvtext.summarize.tables import build_summary

__all__ = ["build_summary", "summarize", "write_report"]
