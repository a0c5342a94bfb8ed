"""The Spark engine, for corpora beyond one machine: the per-document pipeline as a PySpark job (input files
spread over the executors, each file's records, WARC ones included, read as a stream inside the executor),
documents and frames written as partitioned Parquet, and the merge's clustering as Spark stages (candidate
buckets grouped by sketch value; frames grouped by date window and clustered with the function the local
engine uses). The results are loaded into the same SQLite store, whose streamed merge then takes the links
the executors found, joins the window edges, unifies people and switches the merge in, keeping every window
Spark clustered."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from diplograph.config import Settings
from diplograph.engine.merge import (
    MergeSummary,
    office_hits,
    resolve_window,
    stale_ids,
    window_signature,
)
from diplograph.engine.merge import merge as merge_store
from diplograph.ingest.walk import iter_files, read_file
from diplograph.merge.neardup import bucket_keys, bucket_links, copy_groups, pack
from diplograph.merge.windows import cluster_window, window_of
from diplograph.resolve.identity import load_people
from diplograph.store import Database
from diplograph.store.db import DOC_COLUMNS, DocumentRows, document_rows
from diplograph.store.merging import MergeStore

FRAME_FIELDS = ("frame_id", "doc_id", "seq", "type", "status", "date", "date_from", "participants", "codes",
                "spans", "evidence", "topics", "statements", "topic_cues", "commitments", "date_rank")
EVIDENCE = FRAME_FIELDS.index("evidence")
PEOPLE_FIELDS = ("frame_id", "seq", "actor_id", "affiliation", "name", "office", "initiator")
STORED = tuple(c for c in DOC_COLUMNS if c != "ingested_at")
# one processed record as the executors return it: a plain tuple (pickled once, no Spark Row built for it)
ROW_FIELDS = ("file_no", "record_no", *STORED, "sketch", "frames", "dropped", "people")
AT = {name: i for i, name in enumerate(ROW_FIELDS)}
DOC = slice(AT[STORED[0]], AT[STORED[-1]] + 1)
FILES_PER_SLICE = 250  # input files per task: a partition the driver holds while loading is a few MB
LOAD_BATCH = 2000  # documents per write transaction while loading the store


def _schemas() -> tuple[Any, Any, Any, Any]:
    """The Parquet schemas: documents (with the packed sketch), frames, participants and sources."""
    from pyspark.sql import types as T

    def fields(names: Iterable[str], ints: tuple[str, ...] = ()) -> Any:
        return T.StructType([T.StructField(n, T.LongType() if n in ints else T.StringType()) for n in names])

    docs = T.StructType([*fields(STORED).fields, T.StructField("sketch", T.BinaryType())])
    return (docs, fields(FRAME_FIELDS, ("seq", "date_rank")), fields(PEOPLE_FIELDS, ("seq", "initiator")),
            fields(("doc_id", "source")))


def _is_uri(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


def _process_blobs(settings: Settings, version: str, items: Iterable[tuple[tuple[str, bytes], int]]) -> Iterator:
    """Executor side, for Hadoop-compatible URIs (hdfs://, s3a://...): each file's bytes to a local temporary
    file, then as `_process_files` (the readers take paths, and stream the records of a WARC from it)."""
    for (uri, data), file_no in items:
        with tempfile.NamedTemporaryFile(suffix=Path(uri).name) as handle:
            handle.write(data)
            handle.flush()
            yield from _process_files(settings, version, [(file_no, handle.name, uri)])


def _process_files(settings: Settings, version: str, items: Iterable[tuple[int, str, str]]) -> Iterator[tuple]:
    """Executor side: every record of each (file number, path, source) through the pipeline, as one row."""
    from diplograph.services import build_pipeline, process_record

    pipeline = build_pipeline(settings)
    for file_no, path, source in items:
        for record_no, record in enumerate(read_file(Path(path), source, settings.max_document_bytes)):
            doc = process_record(record, pipeline)
            rows = document_rows([doc], version, [])
            sketch = rows.sketches[0][2] if rows.sketches else None
            yield (file_no, record_no, *rows.documents[0], sketch, rows.frames, rows.dropped, rows.participants)


def _frames_of(row: tuple) -> Iterator[dict[str, Any]]:
    """What clustering reads of each frame of a processed record."""
    for f in row[AT["frames"]]:
        yield {"frame_id": f[0], "doc_id": f[1], "type": f[3], "status": f[4], "date": f[5], "date_from": f[6],
               "participants": json.loads(f[7]), "evidence": f[EVIDENCE]}


def _cluster_group(extra: str, copies: dict[str, str], dropped: set[str], window: str,
                   frames: Iterable[dict[str, Any]]) -> tuple[str, str, list[tuple[str, str, str]]]:
    """Executor side: one window clustered as the local engine clusters it, with its signature."""
    frames = list(frames)
    resolve_window(frames, load_people(extra), dropped)
    ids = cluster_window(frames, copies)
    return window, window_signature(frames, copies), [(f, window, e) for f, e in ids.items()]


def _office_hits(extra: str, frames: Iterable[dict[str, Any]]) -> Iterator[tuple[bytes, dict[str, Any]]]:
    yield from office_hits(list(frames), load_people(extra)).items()


def run(paths: list[str], db: Database, settings: Settings, version: str, master: str = "local[*]",
        parquet: str | None = None) -> tuple[int, int, MergeSummary]:
    """Ingest `paths` with Spark into `db` (Parquet under `parquet`, default beside the database); returns
    (records, errors, merge summary)."""
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # executors run this interpreter and package
    spark = (SparkSession.builder.master(master).appName("diplograph").config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false")
             .config("spark.driver.memory", settings.spark_driver_memory).getOrCreate())
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    spark.conf.set("spark.sql.shuffle.partitions", str(_tasks(sc)))
    out = parquet or str(Path(db.path).resolve()) + ".parquet"
    try:
        # every record processed once, kept as the executors pickled it for the passes below
        rows = _records(sc, paths, settings, version).persist(StorageLevel.MEMORY_AND_DISK)
        later = sc.broadcast(_later_copies(rows, _tasks(sc)))
        docs = rows.filter(lambda r: (r[0], r[1]) not in later.value)
        _write_parquet(spark, rows, docs, out)
        alone = db.empty()  # then the links found below are every link the store's merge would look for
        records, errors = _load(db, rows, later.value)
        links = _merge_stages(sc, db, docs, settings.extra_lexicons)
    finally:
        spark.stop()
    return records, errors, merge_store(db, settings.extra_lexicons, links if alone else None)


def _records(sc: Any, paths: list[str], settings: Settings, version: str) -> Any:
    """Every record of the input as one row (`ROW_FIELDS`), partitions in input order: local files in slices
    of `FILES_PER_SLICE`, then Hadoop-compatible URIs numbered after them in path order."""
    local = [p for p in paths if not _is_uri(p)]
    files = [(i, str(p), s) for i, (p, s) in enumerate(iter_files(local))]
    slices = max(1, min(len(files), max(sc.defaultParallelism * 4, -(-len(files) // FILES_PER_SLICE))))
    rows = sc.parallelize(files, slices).mapPartitions(lambda it: _process_files(settings, version, it))
    uris = [p for p in paths if _is_uri(p)]
    if uris:
        blobs = sc.binaryFiles(",".join(uris)).sortByKey().zipWithIndex() \
            .map(lambda kv: (kv[0], kv[1] + len(files)))
        rows = rows.union(blobs.mapPartitions(lambda it: _process_blobs(settings, version, it)))
    return rows


def _tasks(sc: Any) -> int:
    """Partitions of every shuffle and of the passes over the cached records: two per core. A task per input
    slice (dozens) cost each small merge stage more in task start-up than in work."""
    return sc.defaultParallelism * 2


def _later_copies(rows: Any, tasks: int) -> set[tuple[int, int]]:
    """(file_no, record_no) of every record whose document an earlier record of the input already gives:
    only (id, position) pairs are shuffled, and only the later copies come back."""
    return set(rows.map(lambda r: (r[AT["doc_id"]], (r[0], r[1]))).groupByKey(tasks)
               .flatMap(lambda kv: sorted(kv[1])[1:]).collect())


def _write_parquet(spark: Any, rows: Any, docs: Any, out: str) -> None:
    """documents/ by language, frames/ by month window, participants/ and sources/, for DuckDB, pandas or
    Spark users: each made from the cached records, its own columns only."""
    from pyspark.sql import functions as F

    documents, frames, people, sources = _schemas()
    sketch, tasks = AT["sketch"], _tasks(spark.sparkContext)

    def frame(rdd: Any, schema: Any) -> Any:  # one file per task and partition value, two tasks per core
        return spark.createDataFrame(rdd, schema).coalesce(tasks)

    frame(docs.map(lambda r: (*r[DOC], pack(r[sketch]) if r[sketch] else None)), documents) \
        .write.mode("overwrite").partitionBy("lang").parquet(f"{out}/documents")
    frame(docs.flatMap(lambda r: r[AT["frames"]]), frames) \
        .withColumn("window", F.coalesce(F.substring("date", 1, 7), F.lit("undated"))) \
        .write.mode("overwrite").partitionBy("window").parquet(f"{out}/frames")
    frame(docs.flatMap(lambda r: r[AT["people"]]), people).write.mode("overwrite").parquet(f"{out}/participants")
    frame(rows.map(lambda r: (r[AT["doc_id"]], r[AT["source"]])).distinct(tasks), sources) \
        .write.mode("overwrite").parquet(f"{out}/sources")


def _load(db: Database, rows: Any, later: set[tuple[int, int]]) -> tuple[int, int]:
    """Stream the records to the driver a partition at a time, in input order, into the store in large
    batches (the later copies give only their source); returns (records, documents with an error)."""
    records = errors = 0
    batch = DocumentRows()
    with db.bulk_load():
        for row in rows.toLocalIterator(prefetchPartitions=True):
            records += 1
            batch.sources.append((row[AT["doc_id"]], row[AT["source"]]))
            if (row[0], row[1]) in later:
                continue
            errors += row[AT["error"]] is not None
            batch.documents.append(row[DOC])
            batch.frames += row[AT["frames"]]
            batch.participants += row[AT["people"]]
            batch.dropped += row[AT["dropped"]]
            if row[AT["sketch"]]:
                batch.sketches.append((row[AT["doc_id"]], row[AT["pipeline_version"]], row[AT["sketch"]]))
            if len(batch.documents) >= LOAD_BATCH:
                db.write_rows(batch)
                batch = DocumentRows()
        db.write_rows(batch)
    return records, errors


def _merge_stages(sc: Any, db: Database, docs: Any, extra: str) -> list[tuple[str, str, float]]:
    """Near-duplicate links by candidate bucket, stale office ids, then every date window clustered: the
    windows' clusters go into the store, where the merge keeps them. Returns the links."""
    sketch, tasks = AT["sketch"], _tasks(sc)
    docs = docs.coalesce(tasks)
    sketched = docs.filter(lambda r: r[sketch]).map(lambda r: (r[AT["doc_id"]], r[sketch]))
    links = sketched.flatMap(lambda kv: [(k, kv) for k in bucket_keys(kv[1])]).groupByKey(tasks) \
        .flatMap(lambda kv: bucket_links(sorted(d for d, _ in kv[1]), dict(kv[1]))).distinct(tasks).collect()
    copies = sc.broadcast(copy_groups(sorted(links)))
    frames = docs.flatMap(_frames_of).persist()
    hits = dict(frames.mapPartitions(lambda it: _office_hits(extra, it)).reduceByKey(lambda a, b: a, tasks)
                .collect())
    dropped = sc.broadcast(stale_ids(list(hits.values()), load_people(extra)))
    windows = frames.keyBy(lambda f: window_of(f, copies.value)).filter(lambda kv: kv[0] is not None) \
        .groupByKey(tasks).map(lambda kv: _cluster_group(extra, copies.value, dropped.value, kv[0], kv[1])).collect()
    MergeStore(db).preload_windows([(w, sig) for w, sig, _ in windows], [c for _, _, rows in windows for c in rows])
    return links
