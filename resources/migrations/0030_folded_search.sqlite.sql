-- Schema 30 (SQLite): the case search index keeps names folded, so that
-- "lukasz" finds "Łukasz" (issue 18). The entries are emptied here and
-- written again by the program in the same transaction
-- (Migrator::afterStatements), from the fold rules it holds
-- (rules/NameFold); the tables themselves are unchanged.
DELETE FROM case_search;
