"""Querysets compiled to SQL once per process ("baked"), then run with new values.

On an uncached article page, Django spends more CPU turning its six querysets into
SQL (joins, selected columns, ordering, converters) than the database spends running
them. A baked query builds its queryset once with marker values, compiles it, finds
where each marker landed in the SQL parameters, and from then on runs the same SQL
with the real values, through Django's own result machinery (model instances,
select_related, field converters), so the objects are exactly the ones the queryset
would give.

Only plain values are baked: text, integers and aware datetimes compared with exact or
range lookups. A value of None (which would change the SQL to IS NULL), or a queryset
whose markers do not each appear exactly once among the parameters, is never baked:
it runs as an ordinary queryset. No `.get()`, `__in` or prefetching inside a build.
"""

from __future__ import annotations

import copy
import weakref
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.db import connections
from django.db.models import QuerySet

TEXT, INT, DATETIME = "text", "int", "datetime"


def _marker(kind: str, index: int) -> Any:
    if kind == TEXT:
        return f"\ue000baked-{index}\ue000"
    if kind == INT:
        return 2_000_000_000 + index  # in range of every integer column
    if kind == DATETIME:
        return datetime(1901, 2, 3, 4, 5, index % 60, 424_242, tzinfo=UTC)
    raise ValueError(f"unknown kind {kind!r}")


def _adapt(connection, kind: str, value: Any) -> Any:
    """`value` as the compiled parameters hold it (what a DateTimeField lookup sends)."""
    if kind == DATETIME:
        return connection.ops.adapt_datetimefield_value(value)
    return value


@dataclass(frozen=True, slots=True)
class _Plan:
    queryset: QuerySet  # never evaluated: the template of each run
    compiler: Any  # compiled once: its select, klass_info and converters serve every run
    sql: str
    params: tuple
    slots: tuple[tuple[str, str, int], ...]  # (value name, kind, index in params)
    # The compiler's converters (field and backend functions per column) for each
    # connection object: Django works them out again on every run, for the same columns.
    converters: weakref.WeakKeyDictionary


class BakedQuery:
    """`build(*static, **values)` returns a queryset; calling this returns its objects.

    `kinds` names each value and its kind (TEXT, INT, DATETIME). `static` arguments
    (a limit, say) are part of the SQL: one compiled plan per distinct tuple of them.
    """

    def __init__(self, build: Callable[..., QuerySet], **kinds: str) -> None:
        self.build = build
        self.kinds = kinds
        self._plans: dict[tuple, _Plan | None] = {}

    def __call__(self, *static: Hashable, **values: Any) -> list:
        if any(v is None for v in values.values()) or values.keys() != self.kinds.keys():
            return list(self.build(*static, **values))
        key = static
        if key not in self._plans:
            self._plans[key] = self._bake(static)
        plan = self._plans[key]
        if plan is None:
            return list(self.build(*static, **values))
        return list(self._run(plan, values))

    def _bake(self, static: tuple) -> _Plan | None:
        markers = {name: _marker(kind, i) for i, (name, kind) in enumerate(self.kinds.items())}
        queryset = self.build(*static, **markers)
        if queryset._prefetch_related_lookups or queryset._known_related_objects:
            return None
        connection = connections[queryset.db]
        compiler = queryset.query.get_compiler(using=queryset.db)
        try:
            sql, params = compiler.as_sql()
        except Exception:  # EmptyResultSet, FullResultSet: nothing worth baking
            return None
        slots = []
        for name, kind in self.kinds.items():
            value = _adapt(connection, kind, markers[name])
            hits = [i for i, p in enumerate(params) if type(p) is type(value) and p == value]
            if len(hits) != 1 or str(markers[name]) in sql:
                return None
            slots.append((name, kind, hits[0]))
        return _Plan(
            queryset, compiler, sql, tuple(params), tuple(slots), weakref.WeakKeyDictionary()
        )

    def _run(self, plan: _Plan, values: dict[str, Any]) -> QuerySet:
        template = plan.queryset
        connection = connections[template.db]
        params = list(plan.params)
        for name, kind, index in plan.slots:
            params[index] = _adapt(connection, kind, values[name])
        sql, params = plan.sql, tuple(params)
        compiler = copy.copy(plan.compiler)  # its select, klass_info... as compiled once
        compiler.connection = connection
        compiler.as_sql = lambda *args, **kwargs: (sql, params)
        compiler.get_converters = lambda expressions: self._converters(plan, compiler, expressions)
        query = copy.copy(template.query)
        query.get_compiler = lambda *args, **kwargs: compiler
        queryset = template.__class__(
            model=template.model, query=query, using=template._db, hints=template._hints
        )
        queryset._iterable_class = template._iterable_class
        queryset._fields = template._fields
        return queryset

    @staticmethod
    def _converters(plan: _Plan, compiler, expressions) -> dict:
        """`SQLCompiler.get_converters`, worked out once per plan, connection and columns.

        A plan's compiler asks for the same column objects (its `select`) on every run,
        and the functions depend only on those columns and the connection's backend.
        """
        by_columns = plan.converters.get(compiler.connection)
        if by_columns is None:
            by_columns = plan.converters[compiler.connection] = {}
        key = tuple(map(id, expressions))
        found = by_columns.get(key)
        if found is None or any(a is not b for a, b in zip(found[0], expressions, strict=True)):
            converters = type(compiler).get_converters(compiler, expressions)
            found = by_columns[key] = (tuple(expressions), converters)
        return found[1]
