"""Querysets whose SQL Django writes once per process, then runs again with new values.

Building a queryset with joins and deferred columns and compiling it costs Django more than PostgreSQL takes
to answer a short query of a reader's page. A CompiledQuery has Django compile its queryset once per database,
with sample values where the real ones go; it keeps the SQL, where each value stands among the parameters,
and what turns a row into model instances (select_related included), and later only runs the SQL. What it
returns is what the queryset would: the same instances, from the same statement.

The values must reach the SQL as parameters (a slice's bounds are written into it: they are part of the
query, not values), and be strings, integers, dates or datetimes (adapted as a DateField's or a
DateTimeField's are).
"""

import copy
import datetime
import threading

from django.db import connections
from django.db.models.base import Model, ModelState
from django.db.models.query import ModelIterable, get_related_populators
from django.db.models.signals import post_init, pre_init


def among_all(queryset, method):
    """Refuse to run a CompiledQuery from a narrowed queryset: its statement is fixed and would silently
    drop the filters. `method` names the queryset method, for the message."""
    if queryset.query.has_filters():
        model = queryset.model.__name__
        raise TypeError(f"{method}() looks among all {model.lower()}s: call it on {model}.objects")


class CompiledQuery:
    """`build(**values)` returns the queryset; `samples` gives a value of each name, of its type, or a
    function of the database connection that gives it (a value the caller passes already adapted)."""

    def __init__(self, build, **samples):
        self._build, self._samples = build, samples
        self._compiled = {}
        self._lock = threading.Lock()

    def __call__(self, using="default", **values):
        """The model instances the queryset built with these values gives, as a list."""
        compiled = self._compiled.get(using)
        if compiled is None:
            with self._lock:  # one compiling per database, also when two threads ask at once
                compiled = self._compiled.get(using)
                if compiled is None:
                    compiled = self._compiled[using] = _Compiled(self._build, self._samples, using)
        return compiled.run(values)


class _Compiled:
    def __init__(self, build, samples, using):
        connection = connections[using]
        samples = {name: s(connection) if callable(s) else s for name, s in samples.items()}
        queryset = build(**samples).using(using)
        if queryset._prefetch_related_lookups or queryset._known_related_objects:
            raise ValueError("a CompiledQuery runs one statement: no prefetch_related(), no related objects")
        if queryset._iterable_class is not ModelIterable:
            raise ValueError("a CompiledQuery gives model instances: no values() or values_list()")
        self.compiler = queryset.query.get_compiler(using=using)
        self.sql, self.params = self.compiler.as_sql()
        self.using = using
        # Where each value goes: the parameters that change when only that value does.
        self.places = {}
        for name, sample in samples.items():
            other = build(**{**samples, name: _another(sample)}).using(using)
            sql, params = other.query.get_compiler(using=using).as_sql()
            if sql != self.sql:
                raise ValueError(f"{name} is written into the SQL, not passed as a parameter")
            places = [i for i, (a, b) in enumerate(zip(self.params, params, strict=True)) if a != b]
            adapt = _adapter(sample, [self.params[i] for i in places], connection)
            self.places[name] = (places, adapt)
        select, klass_info = self.compiler.select, self.compiler.klass_info
        fields = klass_info["select_fields"]
        self.model, self.model_columns = klass_info["model"], slice(fields[0], fields[-1] + 1)
        self.init_list = [column[0].target.attname for column in select[self.model_columns]]
        self.related_populators = get_related_populators(klass_info, select, using)
        self.annotations = self.compiler.annotation_col_map

    def run(self, values):
        params = list(self.params)
        for name, (places, adapt) in self.places.items():
            for place in places:
                params[place] = adapt(values[name])
        compiler = copy.copy(self.compiler)
        compiler.connection = connections[self.using]  # this thread's
        compiler.as_sql = lambda *args, **kwargs: (self.sql, params)
        found, instances = [], _Instances(self.using)
        for row in compiler.results_iter(compiler.execute_sql()):
            instance = instances.make(self.model, self.init_list, row[self.model_columns])
            for populator in self.related_populators:
                instances.populate(populator, row, instance)
            for name, column in self.annotations.items():
                setattr(instance, name, row[column])
            found.append(instance)
        return found


class _Instances:
    """Makes what Model.from_db() gives without Model.__init__, which took half the time of reading a page's
    articles: the values go where __init__ sets them (each field's attname in the instance's __dict__; a
    field not read is left out: deferred), and the signals __init__ sends are sent as it would. A model with
    its own __init__ or from_db(), or a pre_init receiver (which is given __init__'s arguments), gets
    from_db()."""

    def __init__(self, using):
        self.using = using
        self._how = {}  # {model: (through from_db(), post_init has receivers)}, looked up once per statement

    def make(self, model, attnames, values):
        how = self._how.get(model)
        if how is None:
            own = model.__init__ is not Model.__init__ or model.from_db.__func__ is not Model.from_db.__func__
            how = self._how[model] = (own or pre_init.has_listeners(model), post_init.has_listeners(model))
        if how[0]:
            return model.from_db(self.using, attnames, values)
        instance = model.__new__(model)
        instance.__dict__.update(zip(attnames, values, strict=True))
        instance._state = ModelState()
        instance._state.adding, instance._state.db = False, self.using
        if how[1]:  # a photo's file field fills in its dimensions
            post_init.send(sender=model, instance=instance)
        return instance

    def populate(self, populator, row, from_instance):
        """RelatedPopulator.populate(), with instances made here."""
        if populator.reorder_for_init:
            values = populator.reorder_for_init(row)
        else:
            values = row[populator.cols_start : populator.cols_end]
        instance = None
        if values[populator.pk_idx] is not None:
            instance = self.make(populator.model_cls, populator.init_list, values)
            for related in populator.related_populators:
                self.populate(related, row, instance)
        populator.local_setter(from_instance, instance)
        if instance is not None:
            populator.remote_setter(instance, from_instance)


def _another(sample):
    if isinstance(sample, datetime.datetime):
        return sample + datetime.timedelta(seconds=1)
    if isinstance(sample, datetime.date):
        return sample + datetime.timedelta(days=1)
    if isinstance(sample, bool) or not isinstance(sample, int | str):
        raise TypeError(f"a CompiledQuery takes strings, integers and dates, not {type(sample).__name__}")
    return sample + (1 if isinstance(sample, int) else "-")


def _adapter(sample, params, connection):
    """How a value becomes the parameter the queryset passed for the sample."""
    if not params:
        raise ValueError(f"the value {sample!r} stands nowhere in the SQL")
    if all(param == sample for param in params):
        return lambda value: value
    if isinstance(sample, datetime.date):
        is_datetime = isinstance(sample, datetime.datetime)
        adapt = (
            connection.ops.adapt_datetimefield_value if is_datetime else connection.ops.adapt_datefield_value
        )
        if all(param == adapt(sample) for param in params):
            return adapt
    raise ValueError(f"cannot tell how {sample!r} is passed to the database")
