"""Querysets compiled to SQL once per process ("baked"), then run with new values.

On an uncached article page, Django spends more CPU turning its six querysets into
SQL (joins, selected columns, ordering, converters) than the database spends running
them. A baked query builds its queryset once with marker values, compiles it, finds
where each marker landed in the SQL parameters, and from then on runs the same SQL
with the real values, through Django's own result machinery (model instances,
select_related, field converters), so the objects are exactly the ones the queryset
would give.

A plan of model instances (the page's six) is then run without a queryset at all: the
SQL goes through the connection's cursor (its wrappers and query log included), and the
rows become instances as `ModelIterable` makes them: the compiled columns' converters,
`Model.from_db`, and `select_related`'s populators, all worked out once per plan and
connection. Django's own path rebuilt a queryset, a query and a compiler for every run
and cost 40-60 us a query more, even for no row.

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
from django.db.models.query import ModelIterable, get_related_populators

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
    # Model instances made straight from the rows (see the module docstring): the model,
    # its loaded fields and where they are in a row. None: through a queryset.
    model: tuple | None = None
    # For each connection object: (converters by column, select_related's populators).
    makers: weakref.WeakKeyDictionary | None = None


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
        if plan.model is not None:
            return self._objects(plan, values)
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
            queryset,
            compiler,
            sql,
            tuple(params),
            tuple(slots),
            weakref.WeakKeyDictionary(),
            _model_layout(queryset, compiler),
            weakref.WeakKeyDictionary(),
        )

    def _params(self, plan: _Plan, connection, values: dict[str, Any]) -> tuple:
        params = list(plan.params)
        for name, kind, index in plan.slots:
            params[index] = _adapt(connection, kind, values[name])
        return tuple(params)

    def _objects(self, plan: _Plan, values: dict[str, Any]) -> list:
        """The plan's model instances, as `ModelIterable` would make them from its rows."""
        db = plan.queryset.db
        connection = connections[db]
        makers = plan.makers.get(connection)
        if makers is None:
            compiler = copy.copy(plan.compiler)
            compiler.connection = connection
            columns = [column[0] for column in compiler.select[: compiler.col_count]]
            converters = list(compiler.get_converters(columns).items())
            makers = (converters, get_related_populators(compiler.klass_info, compiler.select, db))
            plan.makers[connection] = makers
        converters, populators = makers
        with connection.cursor() as cursor:
            cursor.execute(plan.sql, self._params(plan, connection, values))
            rows = cursor.fetchall()
        model, init_list, start, end = plan.model
        objects = []
        for row in rows:
            if converters:
                row = list(row)
                for position, (functions, expression) in converters:
                    value = row[position]
                    for function in functions:
                        value = function(value, expression, connection)
                    row[position] = value
            instance = model.from_db(db, init_list, row[start:end])
            for populator in populators:
                populator.populate(row, instance)
            objects.append(instance)
        return objects

    def _run(self, plan: _Plan, values: dict[str, Any]) -> QuerySet:
        template = plan.queryset
        connection = connections[template.db]
        sql, params = plan.sql, self._params(plan, connection, values)
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


def _model_layout(queryset: QuerySet, compiler) -> tuple | None:
    """(model, loaded field names, first and end column of the model in a row) when
    `BakedQuery._objects` makes exactly what the queryset would; else None."""
    if (
        queryset._iterable_class is not ModelIterable
        or queryset._known_related_objects
        or compiler.annotation_col_map
        or compiler.has_extra_select
        or compiler.klass_info is None
        or compiler.has_composite_fields([column[0] for column in compiler.select])
    ):
        return None
    fields = compiler.klass_info["select_fields"]
    start, end = fields[0], fields[-1] + 1
    init_list = [column[0].target.attname for column in compiler.select[start:end]]
    return compiler.klass_info["model"], init_list, start, end
