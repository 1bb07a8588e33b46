-- drizzle-kit writes no CREATE EXTENSION: the trigram indexes of the next migration need pg_trgm.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
