-- Schema version 6: sign-in accounts on SQLite. On PostgreSQL the server's own login is the
-- sign-in, and these columns stay empty.
--
-- password_hash is libsodium's Argon2id string ($argon2id$v=19$m=...), which
-- carries its own salt and parameters. failed_attempts and locked_until hold
-- the lockout (five failures lock the account for five minutes).
ALTER TABLE users ADD COLUMN password_hash TEXT;
ALTER TABLE users ADD COLUMN failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0);
ALTER TABLE users ADD COLUMN locked_until @TIMESTAMP@;
ALTER TABLE users ADD COLUMN password_changed_at @TIMESTAMP@;
