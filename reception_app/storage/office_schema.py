"""The office server's schema, roles and functions: versioned SQL run by ``reception-app server init``.

Each entry of :data:`SERVER_MIGRATIONS` is one version, applied in one transaction by the server owner and
recorded in ``office.schema_version``. Never edit a released entry: append a new one.

What the server holds (ARCHITECTURE §10): codes in clear (``office.events.codes``: kind, sector, channel,
status, dates, ward codes, desk, user names) and everything else as ``secret``, AES-256-GCM under the office
content key that the server never sees. Identities are sealed to the identity key inside that ciphertext.

Desks log in as their own role (member of ``reception_desk``). They may read the event log and the heads, and
write only through the SECURITY DEFINER functions below, which check that the event's desk is the desk of the
connected role. No desk has INSERT, UPDATE or DELETE on any table.
"""

from __future__ import annotations

OWNER_ROLE = "reception_owner"
DESK_GROUP = "reception_desk"

# Run by a superuser before the migrations (roles are cluster-wide, so they may exist already).
BOOTSTRAP = f"""
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{OWNER_ROLE}') THEN
        CREATE ROLE {OWNER_ROLE} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{DESK_GROUP}') THEN
        CREATE ROLE {DESK_GROUP} NOLOGIN;
    END IF;
END
$$;
CREATE SCHEMA IF NOT EXISTS office AUTHORIZATION {OWNER_ROLE};
CREATE TABLE IF NOT EXISTS office.schema_version (
    version integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE office.schema_version OWNER TO {OWNER_ROLE};
"""

_V1 = f"""
CREATE TABLE office.desks (
    code text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9]{{0,7}}$'),
    role_name text NOT NULL UNIQUE,
    desk_no integer NOT NULL UNIQUE CHECK (desk_no BETWEEN 1 AND 899),
    joined_at timestamptz NOT NULL DEFAULT now()
);

-- One row per desk: the last sequence number the server holds from it (events arrive without gaps).
CREATE TABLE office.desk_heads (
    desk text PRIMARY KEY REFERENCES office.desks (code),
    last_seq bigint NOT NULL DEFAULT 0
);

-- The office event log: insert-only facts, numbered per desk.
CREATE TABLE office.events (
    desk text NOT NULL REFERENCES office.desks (code),
    seq bigint NOT NULL CHECK (seq > 0),
    event_uid uuid NOT NULL UNIQUE,
    kind text NOT NULL,
    case_uid text,
    at timestamptz NOT NULL,
    codes jsonb NOT NULL,
    secret bytea,
    stored_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (desk, seq)
);
CREATE INDEX events_case ON office.events (case_uid) WHERE case_uid IS NOT NULL;

-- Document numbers: the next free number of each series and year, and the blocks leased to desks.
CREATE TABLE office.number_series (
    series text NOT NULL,
    year integer NOT NULL,
    next_first bigint NOT NULL DEFAULT 1,
    PRIMARY KEY (series, year)
);
CREATE TABLE office.number_leases (
    request_uid uuid PRIMARY KEY,
    desk text NOT NULL REFERENCES office.desks (code),
    series text NOT NULL,
    year integer NOT NULL,
    first bigint NOT NULL,
    last bigint NOT NULL,
    leased_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (series, year, first)
);

CREATE FUNCTION office.my_desk() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = office, pg_temp AS $fn$
DECLARE
    d text;
BEGIN
    SELECT code INTO d FROM office.desks WHERE role_name = session_user;
    IF d IS NULL THEN
        RAISE EXCEPTION 'role % is not a desk of this office', session_user USING ERRCODE = '42501';
    END IF;
    RETURN d;
END
$fn$;

-- Idempotent: the same (desk, seq, event_uid) again is a no-op that returns false; a different event under
-- an existing number, a gap, or another desk's name is refused.
CREATE FUNCTION office.push_event(
    p_desk text, p_seq bigint, p_uid uuid, p_kind text, p_case_uid text, p_at timestamptz, p_codes jsonb,
    p_secret bytea
) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = office, pg_temp AS $fn$
DECLARE
    head bigint;
    known uuid;
BEGIN
    IF p_desk IS DISTINCT FROM office.my_desk() THEN
        RAISE EXCEPTION 'desk % may not write events of desk %', office.my_desk(), p_desk
            USING ERRCODE = '42501';
    END IF;
    SELECT last_seq INTO head FROM office.desk_heads WHERE desk = p_desk FOR UPDATE;
    IF p_seq <= head THEN
        SELECT event_uid INTO known FROM office.events WHERE desk = p_desk AND seq = p_seq;
        IF known IS DISTINCT FROM p_uid THEN
            RAISE EXCEPTION 'event %/% already holds another event', p_desk, p_seq USING ERRCODE = '23505';
        END IF;
        RETURN false;
    END IF;
    IF p_seq <> head + 1 THEN
        RAISE EXCEPTION 'event %/% leaves a gap after %', p_desk, p_seq, head USING ERRCODE = '22023';
    END IF;
    INSERT INTO office.events (desk, seq, event_uid, kind, case_uid, at, codes, secret)
    VALUES (p_desk, p_seq, p_uid, p_kind, p_case_uid, p_at, p_codes, p_secret);
    UPDATE office.desk_heads SET last_seq = p_seq WHERE desk = p_desk;
    RETURN true;
END
$fn$;

-- A block of document numbers for the calling desk. The same request_uid returns the same block (a lost
-- answer retried leases nothing new).
CREATE FUNCTION office.lease_block(p_request uuid, p_series text, p_year integer, p_size integer)
RETURNS TABLE (first bigint, last bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = office, pg_temp AS $fn$
DECLARE
    d text := office.my_desk();
    f bigint;
BEGIN
    IF p_size < 1 OR p_size > 1000 THEN
        RAISE EXCEPTION 'block size % out of range', p_size USING ERRCODE = '22023';
    END IF;
    RETURN QUERY SELECT l.first, l.last FROM office.number_leases l
        WHERE l.request_uid = p_request AND l.desk = d;
    IF FOUND THEN
        RETURN;
    END IF;
    INSERT INTO office.number_series (series, year) VALUES (p_series, p_year) ON CONFLICT DO NOTHING;
    UPDATE office.number_series s SET next_first = s.next_first + p_size
        WHERE s.series = p_series AND s.year = p_year
        RETURNING s.next_first - p_size INTO f;
    INSERT INTO office.number_leases (request_uid, desk, series, year, first, last)
        VALUES (p_request, d, p_series, p_year, f, f + p_size - 1);
    RETURN QUERY SELECT f, f + p_size - 1;
END
$fn$;

ALTER TABLE office.desks OWNER TO {OWNER_ROLE};
ALTER TABLE office.desk_heads OWNER TO {OWNER_ROLE};
ALTER TABLE office.events OWNER TO {OWNER_ROLE};
ALTER TABLE office.number_series OWNER TO {OWNER_ROLE};
ALTER TABLE office.number_leases OWNER TO {OWNER_ROLE};
ALTER FUNCTION office.my_desk() OWNER TO {OWNER_ROLE};
ALTER FUNCTION office.push_event(text, bigint, uuid, text, text, timestamptz, jsonb, bytea) OWNER TO {OWNER_ROLE};
ALTER FUNCTION office.lease_block(uuid, text, integer, integer) OWNER TO {OWNER_ROLE};

REVOKE ALL ON SCHEMA office FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA office FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA office FROM PUBLIC;
GRANT USAGE ON SCHEMA office TO {DESK_GROUP};
GRANT SELECT ON office.events, office.desk_heads, office.desks, office.schema_version TO {DESK_GROUP};
GRANT EXECUTE ON FUNCTION office.my_desk() TO {DESK_GROUP};
GRANT EXECUTE ON FUNCTION office.push_event(text, bigint, uuid, text, text, timestamptz, jsonb, bytea)
    TO {DESK_GROUP};
GRANT EXECUTE ON FUNCTION office.lease_block(uuid, text, integer, integer) TO {DESK_GROUP};
"""

# V2: document numbers are per type symbol and year (NĐ 30/2020), no longer per document kind. A desk leases
# "doc:TB" naming the per-kind series that printed "TB" before ("doc:result_notice", …): the symbol's series first
# moves past every block any desk leased under them that year, so no number is printed twice across the switch.
_V2 = f"""
CREATE FUNCTION office.lease_block(p_request uuid, p_series text, p_year integer, p_size integer, p_after text[])
RETURNS TABLE (first bigint, last bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = office, pg_temp AS $fn$
DECLARE
    v_floor bigint;
BEGIN
    PERFORM office.my_desk();
    SELECT max(s.next_first) INTO v_floor FROM office.number_series s
        WHERE s.series = ANY (coalesce(p_after, '{{}}')) AND s.year = p_year;
    IF v_floor IS NOT NULL THEN
        INSERT INTO office.number_series AS s (series, year, next_first) VALUES (p_series, p_year, v_floor)
            ON CONFLICT (series, year) DO UPDATE SET next_first = greatest(s.next_first, excluded.next_first);
    END IF;
    RETURN QUERY SELECT l.first, l.last FROM office.lease_block(p_request, p_series, p_year, p_size) l;
END
$fn$;
ALTER FUNCTION office.lease_block(uuid, text, integer, integer, text[]) OWNER TO {OWNER_ROLE};
REVOKE ALL ON FUNCTION office.lease_block(uuid, text, integer, integer, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION office.lease_block(uuid, text, integer, integer, text[]) TO {DESK_GROUP};
"""

# V3: the office chain heads supervisors sign with the office audit key (storage/office_chain.py). Insert-only,
# through a function that records the calling desk; the same signature again is a no-op.
_V3 = f"""
CREATE TABLE office.chain_heads (
    id bigserial PRIMARY KEY,
    desk text NOT NULL REFERENCES office.desks (code),
    signer text NOT NULL,
    heads jsonb NOT NULL,
    digest text NOT NULL CHECK (digest ~ '^[0-9a-f]{{64}}$'),
    signature bytea NOT NULL UNIQUE,
    signed_at text NOT NULL,
    stored_at timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION office.sign_head(p_signer text, p_heads jsonb, p_digest text, p_sig bytea, p_at text)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = office, pg_temp AS $fn$
BEGIN
    INSERT INTO office.chain_heads (desk, signer, heads, digest, signature, signed_at)
        VALUES (office.my_desk(), p_signer, p_heads, p_digest, p_sig, p_at)
        ON CONFLICT (signature) DO NOTHING;
    RETURN FOUND;
END
$fn$;
ALTER TABLE office.chain_heads OWNER TO {OWNER_ROLE};
ALTER SEQUENCE office.chain_heads_id_seq OWNER TO {OWNER_ROLE};
ALTER FUNCTION office.sign_head(text, jsonb, text, bytea, text) OWNER TO {OWNER_ROLE};
REVOKE ALL ON office.chain_heads FROM PUBLIC;
REVOKE ALL ON FUNCTION office.sign_head(text, jsonb, text, bytea, text) FROM PUBLIC;
GRANT SELECT ON office.chain_heads TO {DESK_GROUP};
GRANT EXECUTE ON FUNCTION office.sign_head(text, jsonb, text, bytea, text) TO {DESK_GROUP};
"""

# V4: restoring an older dump (docs/OFFICE.md "Back up the server"). The blocks of numbers leased after the dump
# are gone from the server, so its series could hand them out again. ``office.instance`` remembers the OID of
# the database the data lives in: a dump restored into a freshly created database has another OID, and from
# then on no block is leased until every desk of the office has reported the highest number of each series it
# was ever leased (``office.report_numbers``, called by each desk's sync worker every round), which moves the
# series past them. A server upgraded to V4 with leases already made waits for the reports once, too.
_V4 = f"""
CREATE TABLE office.instance (
    id boolean PRIMARY KEY DEFAULT true CHECK (id),
    db_oid oid NOT NULL,
    restored_at timestamptz
);
CREATE TABLE office.number_reports (
    desk text PRIMARY KEY REFERENCES office.desks (code),
    reported_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO office.instance (db_oid, restored_at)
    SELECT oid, CASE WHEN EXISTS (SELECT 1 FROM office.number_leases) THEN now() END
    FROM pg_database WHERE datname = current_database();

-- True while the data was restored from a dump and some desk has not yet reported its numbers since.
CREATE FUNCTION office.numbers_pending() RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = office, pg_temp AS $fn$
DECLARE
    here oid;
    rec office.instance;
BEGIN
    SELECT oid INTO here FROM pg_database WHERE datname = current_database();
    SELECT * INTO rec FROM office.instance;
    IF rec.db_oid IS DISTINCT FROM here THEN  -- restored from a dump into a new database: ask every desk again
        SELECT * INTO rec FROM office.instance FOR UPDATE;
        IF rec.db_oid IS DISTINCT FROM here THEN
            DELETE FROM office.number_reports;
            INSERT INTO office.instance (db_oid, restored_at) VALUES (here, now())
                ON CONFLICT (id) DO UPDATE SET db_oid = excluded.db_oid, restored_at = excluded.restored_at;
            rec.restored_at := now();
        END IF;
    END IF;
    IF rec.restored_at IS NULL THEN
        RETURN false;
    END IF;
    IF EXISTS (SELECT 1 FROM office.desks d WHERE NOT EXISTS
               (SELECT 1 FROM office.number_reports r WHERE r.desk = d.code)) THEN
        RETURN true;
    END IF;
    UPDATE office.instance SET restored_at = NULL;
    RETURN false;
END
$fn$;

-- A desk reports the highest number of each series/year it holds a block of ([{{"series", "year", "last"}}]):
-- the series moves past it. Returns true when blocks may be leased again.
CREATE FUNCTION office.report_numbers(p_marks jsonb) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = office, pg_temp AS $fn$
DECLARE
    d text := office.my_desk();
    m jsonb;
BEGIN
    PERFORM office.numbers_pending();
    FOR m IN SELECT value FROM jsonb_array_elements(coalesce(p_marks, '[]'::jsonb))
    LOOP
        INSERT INTO office.number_series AS s (series, year, next_first)
            VALUES (m->>'series', (m->>'year')::integer, (m->>'last')::bigint + 1)
            ON CONFLICT (series, year) DO UPDATE SET next_first = excluded.next_first
            WHERE s.next_first < excluded.next_first;
    END LOOP;
    INSERT INTO office.number_reports (desk) VALUES (d) ON CONFLICT (desk) DO NOTHING;
    RETURN NOT office.numbers_pending();
END
$fn$;

CREATE OR REPLACE FUNCTION office.lease_block(p_request uuid, p_series text, p_year integer, p_size integer)
RETURNS TABLE (first bigint, last bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = office, pg_temp AS $fn$
DECLARE
    d text := office.my_desk();
    f bigint;
BEGIN
    IF p_size < 1 OR p_size > 1000 THEN
        RAISE EXCEPTION 'block size % out of range', p_size USING ERRCODE = '22023';
    END IF;
    IF office.numbers_pending() THEN
        RAISE EXCEPTION 'restored from a backup: waiting for every desk to report its numbers'
            USING ERRCODE = '55000';
    END IF;
    RETURN QUERY SELECT l.first, l.last FROM office.number_leases l
        WHERE l.request_uid = p_request AND l.desk = d;
    IF FOUND THEN
        RETURN;
    END IF;
    INSERT INTO office.number_series (series, year) VALUES (p_series, p_year) ON CONFLICT DO NOTHING;
    UPDATE office.number_series s SET next_first = s.next_first + p_size
        WHERE s.series = p_series AND s.year = p_year
        RETURNING s.next_first - p_size INTO f;
    INSERT INTO office.number_leases (request_uid, desk, series, year, first, last)
        VALUES (p_request, d, p_series, p_year, f, f + p_size - 1);
    RETURN QUERY SELECT f, f + p_size - 1;
END
$fn$;

ALTER TABLE office.instance OWNER TO {OWNER_ROLE};
ALTER TABLE office.number_reports OWNER TO {OWNER_ROLE};
ALTER FUNCTION office.numbers_pending() OWNER TO {OWNER_ROLE};
ALTER FUNCTION office.report_numbers(jsonb) OWNER TO {OWNER_ROLE};
REVOKE ALL ON office.instance, office.number_reports FROM PUBLIC;
REVOKE ALL ON FUNCTION office.numbers_pending() FROM PUBLIC;
REVOKE ALL ON FUNCTION office.report_numbers(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION office.report_numbers(jsonb) TO {DESK_GROUP};
"""

SERVER_MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4)
SERVER_LATEST = len(SERVER_MIGRATIONS)
