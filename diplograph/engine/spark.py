"""The Spark engine, for corpora beyond one machine: the per-document pipeline as a PySpark job (input files
spread over the executors, each file's records, WARC ones included, read as a stream inside the executor),
documents and frames written as partitioned Parquet, and the merge's clustering as Spark stages (candidate
buckets grouped by sketch value; frames grouped by date window and clustered with the function the local
engine uses). The results are loaded into the same SQLite store, whose streamed merge then joins the window
edges, unifies people and switches the merge in, keeping every window Spark clustered."""

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
from diplograph.merge.neardup import bucket_keys, bucket_links, copy_groups, pack, unpack
from diplograph.merge.windows import cluster_window, window_of
from diplograph.resolve.identity import load_people
from diplograph.store import Database
from diplograph.store.db import DOC_COLUMNS, DocumentRows, document_rows
from diplograph.store.merging import MergeStore

FRAME_FIELDS = ("frame_id", "doc_id", "seq", "type", "status", "date", "date_from", "participants", "codes",
                "spans", "evidence", "topics", "statements", "topic_cues", "commitments", "date_rank")
DROPPED_FIELDS = ("doc_id", "seq", "reason", "type", "trigger", "evidence")
PEOPLE_FIELDS = ("frame_id", "seq", "actor_id", "affiliation", "name", "office", "initiator")
LOAD_BATCH = 200
LOAD_PARTITION_ROWS = 500  # documents per partition the driver fetches while loading the store


def _schema() -> Any:
    from pyspark.sql import types as T

    def strings(names: Iterable[str], ints: tuple[str, ...] = ()) -> Any:
        return T.StructType([T.StructField(n, T.LongType() if n in ints else T.StringType()) for n in names])

    return T.StructType([
        T.StructField("file_no", T.LongType()), T.StructField("record_no", T.LongType()),
        *strings(c for c in DOC_COLUMNS if c != "ingested_at").fields,
        T.StructField("sketch", T.BinaryType()),
        T.StructField("frames", T.ArrayType(strings(FRAME_FIELDS, ("seq", "date_rank")))),
        T.StructField("dropped", T.ArrayType(strings(DROPPED_FIELDS, ("seq",)))),
        T.StructField("people", T.ArrayType(strings(PEOPLE_FIELDS, ("seq", "initiator")))),
    ])


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
            sketch = pack(rows.sketches[0][2]) if rows.sketches else None
            yield (file_no, record_no, *rows.documents[0], sketch, rows.frames, rows.dropped, rows.participants)


def _frames_of(row: Any) -> Iterator[dict[str, Any]]:
    for f in row["frames"]:
        yield {"frame_id": f["frame_id"], "doc_id": f["doc_id"], "type": f["type"], "status": f["status"],
               "date": f["date"], "date_from": f["date_from"], "participants": json.loads(f["participants"])}


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
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F
    from pyspark.sql.window import Window

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # executors run this interpreter and package
    spark = (SparkSession.builder.master(master).appName("diplograph").config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false")
             .config("spark.driver.memory", settings.spark_driver_memory).getOrCreate())
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    spark.conf.set("spark.sql.shuffle.partitions", str(sc.defaultParallelism * 2))
    out = parquet or str(Path(db.path).resolve()) + ".parquet"
    try:
        local = [p for p in paths if not _is_uri(p)]
        files = [(i, str(p), s) for i, (p, s) in enumerate(iter_files(local))]
        slices = max(1, min(len(files), sc.defaultParallelism * 4))
        rows = sc.parallelize(files, slices).mapPartitions(lambda it: _process_files(settings, version, it))
        uris = [p for p in paths if _is_uri(p)]
        if uris:  # numbered after the local files, in path order
            blobs = sc.binaryFiles(",".join(uris)).sortByKey().zipWithIndex() \
                .map(lambda kv: (kv[0], kv[1] + len(files)))
            rows = rows.union(blobs.mapPartitions(lambda it: _process_blobs(settings, version, it)))
        every = spark.createDataFrame(rows, _schema()).persist()
        first = Window.partitionBy("doc_id").orderBy("file_no", "record_no")
        docs = every.withColumn("_n", F.row_number().over(first)).where("_n = 1").drop("_n").persist()
        _write_parquet(docs, every, out)
        _load(db, docs, every)
        records = every.count()
        errors = docs.where(F.col("error").isNotNull()).count()
        _merge_stages(spark, db, docs, settings.extra_lexicons)
    finally:
        spark.stop()
    return records, errors, merge_store(db, settings.extra_lexicons)


def _write_parquet(docs: Any, every: Any, out: str) -> None:
    """documents/ by language, frames/ by month window, participants/ and sources/, for DuckDB, pandas or
    Spark users."""
    from pyspark.sql import functions as F

    docs.drop("frames", "dropped", "people", "file_no", "record_no").write.mode("overwrite").partitionBy("lang") \
        .parquet(f"{out}/documents")
    frames = docs.select(F.explode("frames").alias("f")).select("f.*")
    frames.withColumn("window", F.coalesce(F.substring("date", 1, 7), F.lit("undated"))) \
        .write.mode("overwrite").partitionBy("window").parquet(f"{out}/frames")
    docs.select(F.explode("people").alias("p")).select("p.*").write.mode("overwrite").parquet(f"{out}/participants")
    every.select("doc_id", "source").distinct().write.mode("overwrite").parquet(f"{out}/sources")


def _load(db: Database, docs: Any, every: Any) -> None:
    """Stream the documents to the driver and into the store in batches, in input order."""
    columns = [c for c in DOC_COLUMNS if c != "ingested_at"]
    batch = DocumentRows()
    # ranges of input order, a few hundred documents each, fetched one at a time: with the default partitions
    # (a quarter of 20,000 documents with their raw pages each) a partition's result was lost from the
    # driver's block manager and the job failed
    parts = max(1, docs.count() // LOAD_PARTITION_ROWS)
    ordered = docs.repartitionByRange(parts, "file_no", "record_no").sortWithinPartitions("file_no", "record_no")
    for row in ordered.toLocalIterator():
        batch.documents.append(tuple(row[c] for c in columns))
        batch.frames += [tuple(f) for f in row["frames"]]
        batch.participants += [tuple(p) for p in row["people"]]
        batch.dropped += [tuple(x) for x in row["dropped"]]
        if row["sketch"] is not None:
            batch.sketches.append((row["doc_id"], row["pipeline_version"], unpack(row["sketch"])))
        batch.sources.append((row["doc_id"], row["source"]))
        if len(batch.documents) >= LOAD_BATCH:
            db.write_rows(batch)
            batch = DocumentRows()
    db.write_rows(batch)
    extra = DocumentRows()
    for row in every.select("doc_id", "source").distinct().toLocalIterator():
        extra.sources.append((row["doc_id"], row["source"]))
        if len(extra.sources) >= 10_000:
            db.write_rows(extra)
            extra = DocumentRows()
    db.write_rows(extra)


def _merge_stages(spark: Any, db: Database, docs: Any, extra: str) -> None:
    """Near-duplicate links by candidate bucket, stale office ids, then every date window clustered: the
    windows' clusters go into the store, where the merge keeps them."""
    sketched = docs.where("sketch IS NOT NULL").select("doc_id", "sketch").rdd \
        .map(lambda r: (r["doc_id"], unpack(r["sketch"])))
    links = sketched.flatMap(lambda kv: [(k, kv) for k in bucket_keys(kv[1])]).groupByKey() \
        .flatMap(lambda kv: bucket_links(sorted(d for d, _ in kv[1]), dict(kv[1]))).distinct().collect()
    sc = spark.sparkContext
    copies = sc.broadcast(copy_groups(sorted(links)))
    frames = docs.select("frames").rdd.flatMap(_frames_of).persist()
    hits = dict(frames.mapPartitions(lambda it: _office_hits(extra, it)).reduceByKey(lambda a, b: a).collect())
    dropped = sc.broadcast(stale_ids(list(hits.values()), load_people(extra)))
    windows = frames.keyBy(lambda f: window_of(f, copies.value)).filter(lambda kv: kv[0] is not None) \
        .groupByKey().map(lambda kv: _cluster_group(extra, copies.value, dropped.value, kv[0], kv[1])).collect()
    MergeStore(db).preload_windows([(w, sig) for w, sig, _ in windows], [c for _, _, rows in windows for c in rows])
