"""The corpus view of a store (`nianbao serve --db`): its reports filtered by organ, year,
rule and severity, sorted by organ or by errors, PAGE_SIZE a page; charts of their findings
(by rule, and by organ × year); the indicators of indicators.toml ranked for a year and
mapped organ × year. Pages at /corpus and /corpus/indicators, the same as JSON under
/api/corpus.

A request reads the store once (`StoreAccess.read`): the reports its filters select go into
a temporary table of the request's own connection (`_select`), and the page, its counts
and its charts are read from that, not from the store's views again. Charts are
bounded whatever the store's size (the TOP_ORGANS organs with most findings, the latest
MAX_YEARS years, the MAX_RULES commonest rules, the rest counted).
"""

from __future__ import annotations

from typing import Annotated, Literal, get_args
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from pydantic import AfterValidator, BaseModel, BeforeValidator, Field

from models.report import Severity

from ..indicators import definitions

PAGE_SIZE = 100    # reports per page
TOP_ORGANS = 30    # rows of a heat map: the organs with most findings, or first in the ranking
MAX_YEARS = 12     # columns of a heat map: the latest years
MAX_RULES = 40     # bars of the findings chart: the commonest rules
SEVERITY_LABELS = dict(zip(get_args(Severity), ("错误", "警告", "说明")))
# How the list can be sorted: (the form's label, SQL over the table of selected reports).
SORTS = {
    "organ": ("机关、年度", "organ, year, report"),
    "errors": ("错误最多", "errors DESC, warnings DESC, organ, year, report"),
    "warnings": ("警告最多", "warnings DESC, errors DESC, organ, year, report"),
}
SortName = Literal[tuple(SORTS)]  # type: ignore[valid-type]
# The indicators of indicators.toml by id: the API's choices are the data's.
INDICATORS = {d["id"]: d for d in definitions()}
IndicatorId = Literal[tuple(INDICATORS)]  # type: ignore[valid-type]


def _blank_is_none(value):
    """The form's 全部 (an empty choice) is no choice."""
    return None if isinstance(value, str) and not value.strip() else value


Text = Annotated[str, AfterValidator(str.strip)]
OptionalYear = Annotated[int | None, BeforeValidator(_blank_is_none)]


# -- what is asked -----------------------------------------------------------------------------


class CorpusFilters(BaseModel):
    """Which reports of the store are listed and charted. An empty field (the form's 全部)
    filters nothing."""

    organ: Text = Field("", max_length=200, description="part of the organ's name")
    year: OptionalYear = None
    rule: Text = Field("", max_length=64, description="reports with a finding of this rule (e.g. t3.R1)")
    severity: Annotated[Severity | None, BeforeValidator(_blank_is_none)] = Field(
        None, description="reports with a finding of this severity (with `rule`: a finding of both)")

    def any(self) -> bool:
        return bool(self.organ or self.year is not None or self.rule or self.severity)


class CorpusListing(CorpusFilters):
    page: int = Field(1, ge=1)
    sort: SortName = Field("organ", description="organ: by organ and year; errors, warnings: most first")

    def query(self, **changes) -> str:
        """This listing's query string with `changes`, only the fields not at their default:
        the page's links keep its filters and order."""
        values = {**self.model_dump(), **changes}
        return urlencode({k: v for k, v in values.items()
                          if v is not None and v != "" and v != type(self).model_fields[k].default})


class IndicatorQuery(BaseModel):
    indicator: IndicatorId = Field(next(iter(INDICATORS)), description="an indicator of indicators.toml")
    year: OptionalYear = Field(None, description="the year ranked (default: the latest with values)")
    organ: Text = Field("", max_length=200, description="only organs whose name contains this")


# -- what is answered --------------------------------------------------------------------------


class CorpusRow(BaseModel):
    id: str = Field(description="the report's key in URLs (/api/reports/{id}, /corpus/reports/{id})")
    path: str
    organ: str | None
    year: int | None
    format: str | None = Field(description="the file's format as read: html, text, pdf, pdf-scanned, docx, image …")
    errors: int
    warnings: int
    confirmed: int = Field(description="errors and warnings confirmed")
    dismissed: int = Field(description="errors and warnings dismissed")
    open: int = Field(description="errors and warnings with no decision (none, or only a note)")
    previous: str | None = Field(description="path of the organ's report of the year before, if stored")
    applications: float | None
    disclosure: float | None
    disclosure_sample: int | None
    disclosure_small: bool | None


class CorpusPage(BaseModel):
    total: int
    page: int
    pages: int
    page_size: int
    reports: list[CorpusRow]


class RuleCount(BaseModel):
    rule: str
    name: str | None = Field(description="the relation's name in rules.toml, if it has one")
    error: int
    warning: int
    info: int


class OrganYearCell(BaseModel):
    year: int
    reports: int
    errors: int
    warnings: int


class OrganYearRow(BaseModel):
    organ: str | None = Field(description="None: reports whose organ was not read")
    cells: list[OrganYearCell] = Field(description="the years with reports of the organ (within `years`)")


class FindingsMatrix(BaseModel):
    years: list[int] = Field(description=f"columns: the latest {MAX_YEARS} years of the rows' reports")
    rows: list[OrganYearRow] = Field(description=f"the {TOP_ORGANS} organs with most errors and warnings")
    other_organs: int = Field(description="organs of the selected reports not in `rows`")
    other_years: int = Field(description="earlier years of the rows' reports not in `years`")
    no_year: int = Field(description="selected reports whose year was not read (not placed)")


class CorpusCharts(BaseModel):
    reports: int = Field(description="the reports the filters select; the charts count their findings")
    by_rule: list[RuleCount] = Field(description=f"findings by rule, most first (at most {MAX_RULES})")
    other_rules: int
    matrix: FindingsMatrix


class IndicatorInfo(BaseModel):
    id: str
    name: str
    percent: bool = Field(description="the value is a rate in %")
    min_sample: int | None = Field(description="a sample under this is small: shown, not ranked")


class RankedOrgan(BaseModel):
    rank: int | None = Field(description="1 = highest value; None: a small sample, listed after the ranked")
    organ: str | None
    id: str = Field(description="the report's id (its review: /corpus/reports/{id})")
    path: str
    value: float
    numerator: float | None
    denominator: float | None
    sample: int | None
    small_sample: bool


class Ranking(BaseModel):
    indicator: IndicatorInfo
    year: int | None = Field(description="the year ranked; None when no report has a value")
    years: list[int] = Field(description="years with values, latest first")
    ranked: list[RankedOrgan] = Field(description="highest value first; equal values share a rank")
    small_samples: list[RankedOrgan] = Field(description="small samples: shown, not ranked")
    no_value: int = Field(description="organs with a report that year but no value (a figure unread, no cases)")


class IndicatorCell(BaseModel):
    year: int
    id: str
    value: float | None
    sample: int | None
    small_sample: bool
    note: str | None = Field(description="why there is no value")


class IndicatorRow(BaseModel):
    organ: str
    cells: list[IndicatorCell]


class IndicatorMatrix(BaseModel):
    indicator: IndicatorInfo
    years: list[int] = Field(description=f"columns: the latest {MAX_YEARS} years")
    rows: list[IndicatorRow] = Field(description=f"{TOP_ORGANS} organs: the ranking's order, then by name")
    other_organs: int


# -- reads ---------------------------------------------------------------------------------------


def _select(db, f: CorpusFilters) -> None:
    """The reports `f` selects, as the temporary table `selected` (rows of organ_years)."""
    where, args = [], []
    if f.organ:
        where.append("contains(organ, ?)")
        args.append(f.organ)
    if f.year is not None:
        where.append("year = ?")
        args.append(f.year)
    if f.rule or f.severity:
        where.append("report IN (SELECT path FROM findings WHERE (? = '' OR rule = ?) "
                     "AND (?::VARCHAR IS NULL OR severity = ?))")
        args += [f.rule, f.rule, f.severity, f.severity]
    db.execute("CREATE OR REPLACE TEMP TABLE selected AS SELECT * FROM organ_years"
               + (" WHERE " + " AND ".join(where) if where else ""), args)


def _page(db, listing: CorpusListing) -> CorpusPage:
    from ..corpus.store import report_id

    total = db.execute("SELECT count(*) FROM selected").fetchone()[0]
    rows = db.execute(f"SELECT organ, year, report, errors, warnings, previous_report FROM selected "
                      f"ORDER BY {SORTS[listing.sort][1]} LIMIT ? OFFSET ?",
                      [PAGE_SIZE, (listing.page - 1) * PAGE_SIZE]).fetchall()
    # The page's reports first, then their indicators and verdicts: the scans keep 100 paths.
    paths = [r[2] for r in rows]
    shown = {(path, indicator): rest for path, indicator, *rest in db.execute(
        "SELECT path, indicator, value, sample, small_sample FROM indicators WHERE path IN "
        "(SELECT unnest(?::VARCHAR[])) AND indicator IN ('substantive_disclosure', 'applications')",
        [paths]).fetchall()}
    formats = dict(db.execute("SELECT path, format FROM reports WHERE path IN (SELECT unnest(?::VARCHAR[]))",
                              [paths]).fetchall())
    verdicts = {path: rest for path, *rest in db.execute(
        "SELECT path, count(*) FILTER (WHERE verdict = 'confirmed'), count(*) FILTER (WHERE verdict = 'dismissed'), "
        "count(*) FILTER (WHERE verdict IS NULL OR verdict = 'noted') FROM findings_reviewed "
        "WHERE path IN (SELECT unnest(?::VARCHAR[])) AND severity IN ('error', 'warning') GROUP BY path",
        [paths]).fetchall()}
    reports = []
    for organ, year, path, errors, warnings, previous in rows:
        confirmed, dismissed, open_ = verdicts.get(path, (0, 0, 0))
        applications = shown.get((path, "applications"), [None])[0]
        disclosure, sample, small = shown.get((path, "substantive_disclosure"), (None, None, None))
        reports.append(CorpusRow(id=report_id(path), path=path, organ=organ, year=year, format=formats.get(path),
                                 errors=errors,
                                 warnings=warnings, confirmed=confirmed, dismissed=dismissed, open=open_,
                                 previous=previous, applications=applications, disclosure=disclosure,
                                 disclosure_sample=sample, disclosure_small=small))
    return CorpusPage(total=total, page=listing.page, pages=max(1, -(-total // PAGE_SIZE)), page_size=PAGE_SIZE,
                      reports=reports)


def rule_names() -> dict[str, str]:
    """Rule id → its name in rules.toml (the form's relations; other rules have none)."""
    from ..reconcile.engine import rules

    return {r["id"]: r["name"] for r in rules().get("relation", []) if "name" in r}


def _charts(db, f: CorpusFilters) -> CorpusCharts:
    names = rule_names()
    within = " WHERE path IN (SELECT report FROM selected)" if f.any() else ""
    counts = db.execute(
        "SELECT rule, count(*) FILTER (WHERE severity = 'error'), count(*) FILTER (WHERE severity = 'warning'), "
        f"count(*) FILTER (WHERE severity = 'info') FROM findings{within} GROUP BY rule "
        "ORDER BY count(*) DESC, rule").fetchall()
    by_rule = [RuleCount(rule=r, name=names.get(r), error=e, warning=w, info=i) for r, e, w, i in counts]
    cells = db.execute(
        "WITH m AS (SELECT organ, year, count(*) AS reports, sum(errors)::INTEGER AS errors, "
        "  sum(warnings)::INTEGER AS warnings FROM selected WHERE year IS NOT NULL GROUP BY ALL), "
        "t AS (SELECT organ, row_number() OVER (ORDER BY sum(errors + warnings) DESC, organ NULLS LAST) AS r, "
        "  count(*) OVER () AS organs FROM m GROUP BY organ) "
        "SELECT t.r, t.organs, m.* FROM m JOIN t ON t.organ IS NOT DISTINCT FROM m.organ WHERE t.r <= ? "
        "ORDER BY t.r, m.year", [TOP_ORGANS]).fetchall()
    all_years = sorted({c[3] for c in cells}, reverse=True)
    years = sorted(all_years[:MAX_YEARS])
    rows: dict[int, OrganYearRow] = {}
    for r, _, organ, year, reports, errors, warnings in cells:
        row = rows.setdefault(r, OrganYearRow(organ=organ, cells=[]))
        if year in years:
            row.cells.append(OrganYearCell(year=year, reports=reports, errors=errors, warnings=warnings))
    total, no_year = db.execute("SELECT count(*), count(*) FILTER (WHERE year IS NULL) FROM selected").fetchone()
    matrix = FindingsMatrix(years=years, rows=list(rows.values()), other_organs=(cells[0][1] - len(rows)) if cells else 0,
                            other_years=len(all_years) - len(years), no_year=no_year)
    return CorpusCharts(reports=total, by_rule=by_rule[:MAX_RULES], other_rules=max(0, len(by_rule) - MAX_RULES),
                        matrix=matrix)


def corpus_page(db, listing: CorpusListing) -> CorpusPage:
    """The reports `listing` selects (organ, year, errors, warnings, verdict counts,
    indicators), PAGE_SIZE a page, in its order."""
    _select(db, listing)
    return _page(db, listing)


def corpus_charts(db, filters: CorpusFilters) -> CorpusCharts:
    """The findings of the reports `filters` selects, by rule and by organ × year."""
    _select(db, filters)
    return _charts(db, filters)


def corpus_view(db, listing: CorpusListing) -> tuple[CorpusPage, CorpusCharts, list[tuple[str, int]], list[int]]:
    """Everything the corpus page shows, in one read: the page, the charts, and the form's
    choices from the store (every rule found, with its count; every year)."""
    _select(db, listing)
    charts = _charts(db, listing)
    if listing.any() or charts.other_rules:
        rules = db.execute("SELECT rule, count(*) FROM findings GROUP BY rule ORDER BY rule").fetchall()
    else:  # the chart counted every finding of the store already
        rules = sorted((r.rule, r.error + r.warning + r.info) for r in charts.by_rule)
    years = [y for (y,) in db.execute("SELECT DISTINCT year FROM reports WHERE year IS NOT NULL "
                                      "ORDER BY year DESC").fetchall()]
    return _page(db, listing), charts, rules, years


def indicator_info(indicator: str) -> IndicatorInfo:
    d = INDICATORS[indicator]
    return IndicatorInfo(id=d["id"], name=d["name"], percent=bool(d.get("percent")), min_sample=d.get("min_sample"))


def _organ_values(db, q: IndicatorQuery) -> None:
    """The indicator per organ and year, as the temporary table `organ_values`: one report an
    organ and year (when it has several, the one with a value and the largest sample); a
    report whose organ was not read stands alone."""
    organ = "coalesce(r.organ_key, r.organ)"
    db.execute(
        f"CREATE OR REPLACE TEMP TABLE organ_values AS SELECT {organ} AS organ, r.year, r.path, i.value, "
        "i.numerator, i.denominator, i.sample, coalesce(i.small_sample, false) AS small, i.note "
        "FROM indicators i JOIN reports r ON r.path = i.path "
        f"WHERE i.indicator = ? AND r.year IS NOT NULL AND (? = '' OR contains({organ}, ?)) "
        f"QUALIFY row_number() OVER (PARTITION BY coalesce({organ}, r.path), r.year "
        "ORDER BY i.value IS NULL, i.sample DESC NULLS LAST, r.path) = 1", [q.indicator, q.organ, q.organ])


def _ranking(db, q: IndicatorQuery) -> Ranking:
    from ..corpus.store import report_id

    years = [y for (y,) in db.execute("SELECT DISTINCT year FROM organ_values WHERE value IS NOT NULL "
                                      "ORDER BY year DESC").fetchall()]
    year = q.year if q.year is not None else (years[0] if years else None)
    rows = db.execute(
        "SELECT CASE WHEN NOT small THEN rank() OVER (PARTITION BY small ORDER BY value DESC) END, organ, path, "
        "value, numerator, denominator, sample, small FROM organ_values WHERE year = ? AND value IS NOT NULL "
        "ORDER BY small, value DESC, organ, path", [year]).fetchall()
    keys = ("rank", "organ", "path", "value", "numerator", "denominator", "sample", "small_sample")
    listed = [RankedOrgan(id=report_id(r[2]), **dict(zip(keys, r))) for r in rows]
    no_value = db.execute("SELECT count(*) FROM organ_values WHERE year = ? AND value IS NULL", [year]).fetchone()[0]
    return Ranking(indicator=indicator_info(q.indicator), year=year, years=years,
                   ranked=[r for r in listed if r.rank is not None],
                   small_samples=[r for r in listed if r.rank is None], no_value=no_value)


def _indicator_matrix(db, q: IndicatorQuery, ranking: Ranking) -> IndicatorMatrix:
    from ..corpus.store import report_id

    first = [r.organ for r in ranking.ranked + ranking.small_samples if r.organ is not None]
    named = [o for (o,) in db.execute("SELECT DISTINCT organ FROM organ_values WHERE organ IS NOT NULL "
                                      "ORDER BY organ").fetchall()]
    order = list(dict.fromkeys(first + named))
    shown = order[:TOP_ORGANS]
    cells = db.execute("SELECT organ, year, path, value, sample, small, note FROM organ_values "
                       "WHERE organ IN (SELECT unnest(?::VARCHAR[])) ORDER BY year", [shown]).fetchall()
    all_years = sorted({c[1] for c in cells}, reverse=True)
    years = sorted(all_years[:MAX_YEARS])
    rows = {o: IndicatorRow(organ=o, cells=[]) for o in shown}
    for organ, year, path, value, sample, small, note in cells:
        if year in years:
            rows[organ].cells.append(IndicatorCell(year=year, id=report_id(path), value=value, sample=sample,
                                                   small_sample=small, note=note))
    return IndicatorMatrix(indicator=ranking.indicator, years=years, rows=list(rows.values()),
                           other_organs=len(order) - len(shown))


def indicator_ranking(db, q: IndicatorQuery) -> Ranking:
    """The organs ranked on the indicator for the year (small samples after, unranked)."""
    _organ_values(db, q)
    return _ranking(db, q)


def indicator_matrix(db, q: IndicatorQuery) -> IndicatorMatrix:
    """The indicator per organ × year, for TOP_ORGANS organs in the order of the year's ranking."""
    _organ_values(db, q)
    return _indicator_matrix(db, q, _ranking(db, q))


def indicators_view(db, q: IndicatorQuery) -> tuple[Ranking, IndicatorMatrix]:
    _organ_values(db, q)
    ranking = _ranking(db, q)
    return ranking, _indicator_matrix(db, q, ranking)


# -- routes ------------------------------------------------------------------------------------

router = APIRouter()
STORE_BUSY = {503: {"description": "a batch is writing the store: try again when it has finished"}}


def _render(request: Request, template: str, context: dict) -> HTMLResponse:
    from .app import templates  # the service's one autoescaping environment (app.py imports this module)

    return templates.TemplateResponse(request, template, context)


async def _read(request: Request, fn, *args):
    """fn(db, *args) on the store, in a worker thread (404 without a store, 503 while a batch writes it)."""
    from .app import _stored

    return await run_in_threadpool(_stored(request).read, fn, *args)


@router.get("/corpus", response_class=HTMLResponse)
async def corpus(request: Request, listing: Annotated[CorpusListing, Query()]) -> HTMLResponse:
    """The store's reports (organ, year, errors, warnings, verdicts, indicators), PAGE_SIZE a
    page, filtered and sorted, each opening its review and linked to the comparison with the
    organ's report of the year before when the store has it; above them the charts of
    their findings."""
    from pathlib import Path

    from . import charts

    page, chart_data, rules, years = await _read(request, corpus_view, listing)
    names = rule_names()
    return _render(request, "corpus.html.j2", {
        "rows": page.reports, "total": page.total, "page": page.page, "pages": page.pages,
        "listing": listing, "store_name": Path(request.app.state.store).name,
        "rules": [(rule, n, names.get(rule)) for rule, n in rules], "years": years,
        "severities": SEVERITY_LABELS, "sorts": {k: label for k, (label, _) in SORTS.items()},
        "disclosure_min": INDICATORS["substantive_disclosure"].get("min_sample"),
        "charts": chart_data,
        # A bar lists the reports with that rule, a cell the organ's reports of that year, filters kept.
        "rules_chart": charts.findings_by_rule(
            chart_data.by_rule, lambda rule: "/corpus?" + listing.query(rule=rule, page=1)),
        "matrix_chart": charts.findings_by_organ_year(
            chart_data.matrix, lambda organ, year: "/corpus?" + listing.query(organ=organ, year=year, page=1))})


@router.get("/api/corpus", response_model=CorpusPage, responses=STORE_BUSY)
async def api_corpus(request: Request, listing: Annotated[CorpusListing, Query()]) -> CorpusPage:
    """The store's reports, PAGE_SIZE a page, filtered (organ, year, rule, severity) and
    sorted, each with its errors, warnings and how many of them are confirmed, dismissed
    and open."""
    return await _read(request, corpus_page, listing)


@router.get("/api/corpus/charts", response_model=CorpusCharts, responses=STORE_BUSY)
async def api_corpus_charts(request: Request, filters: Annotated[CorpusFilters, Query()]) -> CorpusCharts:
    """The findings of the reports the filters select: by rule and severity, and errors and
    warnings by organ × year (the organs with most of them)."""
    return await _read(request, corpus_charts, filters)


@router.get("/corpus/indicators", response_class=HTMLResponse)
async def indicators_page(request: Request, q: Annotated[IndicatorQuery, Query()]) -> HTMLResponse:
    """An indicator ranked for a year (small samples shown after the ranked, unranked) and
    mapped organ × year."""
    from . import charts

    ranking, matrix = await _read(request, indicators_view, q)
    return _render(request, "indicators.html.j2", {
        "q": q, "ranking": ranking, "matrix": matrix, "indicators": INDICATORS, "shown": charts.shown,
        "matrix_chart": charts.indicator_by_organ_year(matrix)})


@router.get("/api/corpus/ranking", response_model=Ranking, responses=STORE_BUSY)
async def api_ranking(request: Request, q: Annotated[IndicatorQuery, Query()]) -> Ranking:
    """The organs ranked on an indicator for a year, highest first; small samples listed
    after them without a rank; one report an organ (the one with the largest sample)."""
    return await _read(request, indicator_ranking, q)


@router.get("/api/corpus/indicator-matrix", response_model=IndicatorMatrix, responses=STORE_BUSY)
async def api_indicator_matrix(request: Request, q: Annotated[IndicatorQuery, Query()]) -> IndicatorMatrix:
    """An indicator per organ × year, for the first organs of the year's ranking."""
    return await _read(request, indicator_matrix, q)
