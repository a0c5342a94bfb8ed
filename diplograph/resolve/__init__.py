"""Resolve stage, between extract and merge: who each participant is (a Wikidata id from the leaders
gazetteer by name or by office on the day, with the reason kept) and a stable local id for everyone else."""
