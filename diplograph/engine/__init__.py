"""Engines that run the pipeline over a corpus: the local streamed merge, worker processes, Spark."""
