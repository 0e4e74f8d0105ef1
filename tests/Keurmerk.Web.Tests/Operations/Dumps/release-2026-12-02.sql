--
-- PostgreSQL database dump
--

\restrict h6dHjKZNJsubfMpmckz2Qo71ha8HC8EvixuJFwqkV4r1XoZq0bIr6OTV4ay1m2a

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: keurmerk; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA keurmerk;


--
-- Name: keurmerk_hangfire; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA keurmerk_hangfire;


--
-- Name: audit_chain_hash(uuid, bigint, text, jsonb, bytea, text); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.audit_chain_hash(stream_id uuid, version bigint, type text, data jsonb, bdata bytea, previous_hash text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$
    select encode(sha256(convert_to(
        stream_id::text || E'\n' || version::text || E'\n' || type || E'\n' || data::text || E'\n'
        || coalesce(encode(bdata, 'hex'), '') || E'\n' || previous_hash, 'UTF8')), 'hex')
$$;


--
-- Name: audit_chain_link(); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.audit_chain_link() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
declare
    previous text;
begin
    if new.type = 'tombstone' then return null; end if;
    select c.hash into previous from keurmerk.audit_chain c where c.stream_id = new.stream_id and c.version = new.version - 1;
    previous := coalesce(previous, '');
    insert into keurmerk.audit_chain (seq_id, stream_id, version, hash, previous_hash)
    values (new.seq_id, new.stream_id, new.version,
            keurmerk.audit_chain_hash(new.stream_id, new.version, new.type, new.data, new.bdata, previous), previous);
    return null;
end
$$;


--
-- Name: mt_archive_stream(uuid); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_archive_stream(streamid uuid) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
  update keurmerk.mt_streams set is_archived = TRUE where id = streamid ;
  update keurmerk.mt_events set is_archived = TRUE where stream_id = streamid ;
END;
$$;


--
-- Name: mt_grams_array(text, boolean); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_grams_array(words text, use_unaccent boolean DEFAULT false) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $$
        DECLARE
result text[];
        DECLARE
word text;
        DECLARE
clean_word text;
BEGIN
                FOREACH
word IN ARRAY string_to_array(words, ' ')
                LOOP
                     clean_word = regexp_replace(keurmerk.mt_safe_unaccent(use_unaccent, word), '[^a-zA-Z0-9]+', '','g');
FOR i IN 1 .. length(clean_word)
                     LOOP
                         result := result || quote_literal(substr(lower(clean_word), i, 1));
                         result
:= result || quote_literal(substr(lower(clean_word), i, 2));
                         result
:= result || quote_literal(substr(lower(clean_word), i, 3));
END LOOP;
END LOOP;

RETURN ARRAY(SELECT DISTINCT e FROM unnest(result) AS a(e) ORDER BY e);
END;
$$;


--
-- Name: mt_grams_query(text, boolean); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_grams_query(text, use_unaccent boolean DEFAULT false) RETURNS tsquery
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $_$
BEGIN
RETURN (SELECT array_to_string(keurmerk.mt_grams_array($1, use_unaccent), ' & ') ::tsquery);
END
$_$;


--
-- Name: mt_grams_vector(text, boolean); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_grams_vector(text, use_unaccent boolean DEFAULT false) RETURNS tsvector
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $_$
BEGIN
RETURN (SELECT array_to_string(keurmerk.mt_grams_array($1, use_unaccent), ' ') ::tsvector);
END
$_$;


--
-- Name: mt_immutable_date(text); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_immutable_date(value text) RETURNS date
    LANGUAGE sql IMMUTABLE
    AS $$
select value::date

$$;


--
-- Name: mt_immutable_time(text); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_immutable_time(value text) RETURNS time without time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::time

$$;


--
-- Name: mt_immutable_timestamp(text); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_immutable_timestamp(value text) RETURNS timestamp without time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::timestamp

$$;


--
-- Name: mt_immutable_timestamptz(text); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_immutable_timestamptz(value text) RETURNS timestamp with time zone
    LANGUAGE sql IMMUTABLE
    AS $$
select value::timestamptz

$$;


--
-- Name: mt_jsonb_append(jsonb, text[], jsonb, boolean, jsonb); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_jsonb_append(jsonb, text[], jsonb, boolean, jsonb DEFAULT NULL::jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    if_not_exists ALIAS FOR $4;
    patch_expression ALIAS FOR $5;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) = 'object' AND NOT tmp_value @> jsonb_build_array(val) THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) <> 'object' AND NOT tmp_value @> val THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN patch_expression IS NOT NULL AND jsonb_typeof(patch_expression) = 'array' AND jsonb_array_length(patch_expression) = 0 THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            ELSE NULL;
            END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_append_key_value(jsonb, text[], jsonb, boolean); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_jsonb_append_key_value(jsonb, text[], jsonb, boolean) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    if_not_exists ALIAS FOR $4;
    tmp_value jsonb;
    _key text;
BEGIN
    tmp_value = retval #> location;

    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'object' THEN
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            WHEN NOT tmp_value ?| ARRAY(SELECT jsonb_object_keys(val)) THEN
                retval = jsonb_set(retval, location, tmp_value || val, FALSE);
            ELSE NULL;
        END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_copy(jsonb, text[], text[]); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_jsonb_copy(jsonb, text[], text[]) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    src_path ALIAS FOR $2;
    dst_path ALIAS FOR $3;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> src_path;
    retval = keurmerk.mt_jsonb_fix_null_parent(retval, dst_path);
    RETURN jsonb_set(retval, dst_path, tmp_value::jsonb, TRUE);
END;
$_$;


--
-- Name: mt_jsonb_duplicate(jsonb, text[], jsonb); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_jsonb_duplicate(jsonb, text[], jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    targets ALIAS FOR $3;
    tmp_value jsonb;
    target_path text[];
    target text;
BEGIN
    FOR target IN SELECT jsonb_array_elements_text(targets)
    LOOP
        target_path = keurmerk.mt_jsonb_path_to_array(target, '\.');
        retval = keurmerk.mt_jsonb_copy(retval, location, target_path);
    END LOOP;

    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_fix_null_parent(jsonb, text[]); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_jsonb_fix_null_parent(jsonb, text[]) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
retval ALIAS FOR $1;
    dst_path ALIAS FOR $2;
    dst_path_segment text[] = ARRAY[]::text[];
    dst_path_array_length integer;
    i integer = 1;
BEGIN
    dst_path_array_length = array_length(dst_path, 1);
    WHILE i <=(dst_path_array_length - 1)
    LOOP
        dst_path_segment = dst_path_segment || ARRAY[dst_path[i]];
        IF retval #> dst_path_segment IS NULL OR retval #> dst_path_segment = 'null'::jsonb THEN
            retval = jsonb_set(retval, dst_path_segment, '{}'::jsonb, TRUE);
        END IF;
        i = i + 1;
    END LOOP;

    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_increment(jsonb, text[], numeric); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_jsonb_increment(jsonb, text[], numeric) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
retval ALIAS FOR $1;
    location ALIAS FOR $2;
    increment_value ALIAS FOR $3;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NULL THEN
        tmp_value = to_jsonb(0);
END IF;

RETURN jsonb_set(retval, location, to_jsonb(tmp_value::numeric + increment_value), TRUE);
END;
$_$;


--
-- Name: mt_jsonb_insert(jsonb, text[], jsonb, integer, boolean, jsonb); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_jsonb_insert(jsonb, text[], jsonb, integer, boolean, jsonb DEFAULT NULL::jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    elm_index ALIAS FOR $4;
    if_not_exists ALIAS FOR $5;
    patch_expression ALIAS FOR $6;
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        IF elm_index IS NULL THEN
            elm_index = jsonb_array_length(tmp_value) + 1;
        END IF;
        CASE
            WHEN NOT if_not_exists THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) = 'object' AND NOT tmp_value @> jsonb_build_array(val) THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NULL AND jsonb_typeof(val) <> 'object' AND NOT tmp_value @> val THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            WHEN patch_expression IS NOT NULL AND jsonb_typeof(patch_expression) = 'array' AND jsonb_array_length(patch_expression) = 0 THEN
                retval = jsonb_insert(retval, location || elm_index::text, val);
            ELSE NULL;
        END CASE;
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_move(jsonb, text[], text); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_jsonb_move(jsonb, text[], text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    src_path ALIAS FOR $2;
    dst_name ALIAS FOR $3;
    dst_path text[];
    tmp_value jsonb;
BEGIN
    tmp_value = retval #> src_path;
    retval = retval #- src_path;
    dst_path = src_path;
    dst_path[array_length(dst_path, 1)] = dst_name;
    retval = keurmerk.mt_jsonb_fix_null_parent(retval, dst_path);
    RETURN jsonb_set(retval, dst_path, tmp_value, TRUE);
END;
$_$;


--
-- Name: mt_jsonb_patch(jsonb, jsonb); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_jsonb_patch(jsonb, jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    patchset ALIAS FOR $2;
    patch jsonb;
    patch_path text[];
    patch_expression jsonb;
    value jsonb;
BEGIN
    FOR patch IN SELECT * from jsonb_array_elements(patchset)
    LOOP
        patch_path = keurmerk.mt_jsonb_path_to_array((patch->>'path')::text, '\.');

        patch_expression = null;
        IF (patch->>'type') IN ('remove', 'append_if_not_exists', 'insert_if_not_exists') AND (patch->>'expression') IS NOT NULL THEN
            patch_expression = jsonb_path_query_array(retval #> patch_path, (patch->>'expression')::jsonpath);
        END IF;

        CASE patch->>'type'
            WHEN 'set' THEN
                retval = jsonb_set(retval, patch_path, (patch->'value')::jsonb, TRUE);
            WHEN 'delete' THEN
                retval = retval#-patch_path;
            WHEN 'append' THEN
                retval = keurmerk.mt_jsonb_append(retval, patch_path, (patch->'value')::jsonb, FALSE);
            WHEN 'append_if_not_exists' THEN
                retval = keurmerk.mt_jsonb_append(retval, patch_path, (patch->'value')::jsonb, TRUE, patch_expression);
            WHEN 'append_key_value' THEN
                retval = keurmerk.mt_jsonb_append_key_value(retval, patch_path, (patch->'key_value')::jsonb, FALSE);
            WHEN 'append_key_value_if_not_exists' THEN
                retval = keurmerk.mt_jsonb_append_key_value(retval, patch_path, (patch->'key_value')::jsonb, TRUE);
            WHEN 'insert' THEN
                retval = keurmerk.mt_jsonb_insert(retval, patch_path, (patch->'value')::jsonb, (patch->>'index')::integer, FALSE);
            WHEN 'insert_if_not_exists' THEN
                retval = keurmerk.mt_jsonb_insert(retval, patch_path, (patch->'value')::jsonb, (patch->>'index')::integer, TRUE, patch_expression);
            WHEN 'remove' THEN
                retval = keurmerk.mt_jsonb_remove(retval, patch_path, COALESCE(patch_expression, (patch->'value')::jsonb));
            WHEN 'remove_key' THEN
                retval = keurmerk.mt_jsonb_remove_key(retval, patch_path, (patch->>'key'));
            WHEN 'duplicate' THEN
                retval = keurmerk.mt_jsonb_duplicate(retval, patch_path, (patch->'targets')::jsonb);
            WHEN 'rename' THEN
                retval = keurmerk.mt_jsonb_move(retval, patch_path, (patch->>'to')::text);
            WHEN 'increment' THEN
                retval = keurmerk.mt_jsonb_increment(retval, patch_path, (patch->>'increment')::numeric);
            WHEN 'increment_float' THEN
                retval = keurmerk.mt_jsonb_increment(retval, patch_path, (patch->>'increment')::numeric);
            ELSE NULL;
        END CASE;
    END LOOP;
    RETURN retval;
END;
$_$;


--
-- Name: mt_jsonb_path_to_array(text, character); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_jsonb_path_to_array(text, character) RETURNS text[]
    LANGUAGE plpgsql
    AS $_$
DECLARE
    location ALIAS FOR $1;
    regex_pattern ALIAS FOR $2;
BEGIN
RETURN regexp_split_to_array(location, regex_pattern)::text[];
END;
$_$;


--
-- Name: mt_jsonb_remove(jsonb, text[], jsonb); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_jsonb_remove(jsonb, text[], jsonb) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    val ALIAS FOR $3;
    tmp_value jsonb;
    tmp_remove jsonb;
    patch_remove jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'array' THEN
        IF jsonb_typeof(val) = 'array' THEN
            tmp_remove = val;
        ELSE
            tmp_remove = jsonb_build_array(val);
        END IF;

        FOR patch_remove IN SELECT * FROM jsonb_array_elements(tmp_remove)
        LOOP
            tmp_value =(SELECT jsonb_agg(elem)
            FROM jsonb_array_elements(tmp_value) AS elem
            WHERE elem <> patch_remove);
        END LOOP;

        IF tmp_value IS NULL THEN
            tmp_value = '[]'::jsonb;
        END IF;
    END IF;
    RETURN jsonb_set(retval, location, tmp_value, FALSE);
END;
$_$;


--
-- Name: mt_jsonb_remove_key(jsonb, text[], text); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_jsonb_remove_key(jsonb, text[], text) RETURNS jsonb
    LANGUAGE plpgsql
    AS $_$
DECLARE
    retval ALIAS FOR $1;
    location ALIAS FOR $2;
    _key ALIAS FOR $3;
    tmp_value jsonb;
    tmp_remove jsonb;
    patch_remove jsonb;
BEGIN
    tmp_value = retval #> location;
    IF tmp_value IS NOT NULL AND jsonb_typeof(tmp_value) = 'object' THEN
        RETURN jsonb_set(retval, location, tmp_value - _key, FALSE);
    END IF;
    RETURN retval;
END;
$_$;


--
-- Name: mt_mark_event_progression(character varying, bigint); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_mark_event_progression(name character varying, last_encountered bigint) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
INSERT INTO keurmerk.mt_event_progression (name, last_seq_id, last_updated)
VALUES (name, last_encountered, transaction_timestamp())
ON CONFLICT ON CONSTRAINT pk_mt_event_progression
    DO
UPDATE SET last_seq_id = last_encountered, last_updated = transaction_timestamp();

END;

$$;


--
-- Name: mt_mark_progression_with_skip(character varying, bigint, bigint); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_mark_progression_with_skip(shard_name character varying, ending_sequence bigint, starting_sequence bigint) RETURNS bigint
    LANGUAGE plpgsql
    AS $$
DECLARE
    current_value bigint;
BEGIN
    select last_seq_id into current_value from keurmerk.mt_event_progression where name = shard_name;

    IF current_value is null then
        -- Bootstrap the high-water row on first invocation. Previously this branch
        -- returned 0, which left HighWaterAgent.CheckNowAsync polling forever because
        -- statistics.CurrentMark never advanced. Issue #4425.
        INSERT INTO keurmerk.mt_event_progression (name, last_seq_id, last_updated)
        VALUES (shard_name, ending_sequence, transaction_timestamp())
        ON CONFLICT ON CONSTRAINT pk_mt_event_progression
            DO UPDATE SET last_seq_id = ending_sequence, last_updated = transaction_timestamp();
        IF ending_sequence > starting_sequence THEN
            -- Idempotent: a rebuild/replay re-marks the same skip (ending_sequence is the
            -- PK). Re-recording an existing gap is a no-op. Conflict target is the PK
            -- constraint (the bare column name collides with the function parameter). #4530.
            insert into keurmerk.mt_high_water_skips (ending_sequence, starting_sequence) values (ending_sequence, starting_sequence)
                on conflict on constraint pkey_mt_high_water_skips_ending_sequence do nothing;
        END IF;
        return ending_sequence;
    ELSIF current_value = starting_sequence THEN
        update keurmerk.mt_event_progression SET last_seq_id = ending_sequence, last_updated = transaction_timestamp() where shard_name = name;
        insert into keurmerk.mt_high_water_skips (ending_sequence, starting_sequence) values (ending_sequence, starting_sequence)
            on conflict on constraint pkey_mt_high_water_skips_ending_sequence do nothing;
        return ending_sequence;
    ELSE
        return current_value;
    END IF;
END
$$;


--
-- Name: mt_quick_append_events(uuid, character varying, character varying, uuid[], character varying[], character varying[], jsonb[], bytea[], timestamp with time zone[], bigint); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_quick_append_events(stream uuid, stream_type character varying, tenantid character varying, event_ids uuid[], event_types character varying[], dotnet_types character varying[], bodies jsonb[], bdatas bytea[], timestamps timestamp with time zone[], expected_version bigint DEFAULT NULL::bigint) RETURNS bigint[]
    LANGUAGE plpgsql
    AS $$
DECLARE
	event_version bigint;
	stream_is_archived boolean;
	event_type varchar;
	event_id uuid;
	body jsonb;
	index int;
	seq bigint;
    actual_tenant varchar;
    is_new_stream boolean := false;
	return_value bigint[];
BEGIN
    if expected_version IS NOT NULL then
        -- COALESCE turns the NULL we get for a brand-new stream into 0, so a
        -- FetchForWriting against a non-existent stream (which sets
        -- ExpectedVersionOnServer = 0) and a StartStream(id, version: 0) both
        -- land on the new-stream branch instead of mis-firing the guard.
        select version, is_archived into event_version, stream_is_archived from keurmerk.mt_streams where id = stream;
        if COALESCE(event_version, 0) != expected_version then
            RAISE EXCEPTION 'Stream version mismatch on ''%'': expected %, actual %', stream, expected_version, COALESCE(event_version, 0) USING ERRCODE = 'MT003';
        end if;
    else
        select version, is_archived into event_version, stream_is_archived from keurmerk.mt_streams where id = stream;
    end if;

	if event_version IS NULL then
		event_version = 0;
		is_new_stream := true;
		-- #5456 follow-up: insert the FINAL version straight away rather than 0 plus a
		-- trailing UPDATE of the row we just wrote in this same transaction. That UPDATE
		-- is a second heap tuple + WAL record per stream creation for no observable gain
		-- -- nothing outside this transaction can see the intermediate 0. The trailing
		-- UPDATE below is skipped for this branch via is_new_stream.
		insert into keurmerk.mt_streams (id, type, version, timestamp, tenant_id) values (stream, stream_type, COALESCE(array_length(event_ids, 1), 0), now(), tenantid);
    else
        if stream_is_archived then
            RAISE EXCEPTION 'Attempted to append event to archived stream with Id ''%''.', stream USING ERRCODE = 'MT001';
        end if;
        if tenantid IS NOT NULL then
            select tenant_id into actual_tenant from keurmerk.mt_streams where id = stream;
            if actual_tenant != tenantid then
                RAISE EXCEPTION 'The tenantid does not match the existing stream';
            end if;
        end if;
	end if;

	index := 1;
	-- #5062: array_length('{}', 1) is NULL in PostgreSQL, not 0, so a call with an
	-- empty event array used to return ARRAY[NULL] -- a bigint[] whose only element
	-- is NULL, which Npgsql cannot read into long[] ('Cannot read a non-nullable
	-- collection of elements because the returned array contains nulls'). COALESCE
	-- makes the empty case mean what it says: zero events appended, so the final
	-- version is the stream's current version.
	return_value := ARRAY[event_version + COALESCE(array_length(event_ids, 1), 0)];

	foreach event_id in ARRAY event_ids
	loop
        seq := nextval('keurmerk.mt_events_sequence');
		return_value := array_append(return_value, seq);

	    event_version := event_version + 1;
		event_type = event_types[index];
		body = bodies[index];

		-- #4515 / #4578 / Phase 2: bdatas[index] carries the binary payload
		-- for events opted in to binary serialization (NULL otherwise).
		-- bodies[index] is the {} JSON placeholder for those events so the
		-- existing data jsonb NOT NULL constraint stays intact.
		insert into keurmerk.mt_events
			(seq_id, id, stream_id, version, data, bdata, type, tenant_id, timestamp, mt_dotnet_type, is_archived)
		values
			(seq, event_id, stream, event_version, body, bdatas[index], event_type, tenantid, timestamps[index], dotnet_types[index], FALSE);

		index := index + 1;
	end loop;

	-- A brand-new stream already carries its final version from the insert above, so the
	-- UPDATE is only needed when we appended onto a stream that already existed.
	--
	-- #5539: and only when we actually appended something. With ZERO events this was a BLIND write-back
	-- of the version read at the top of the function, and under READ COMMITTED that is a lost update: the
	-- UPDATE waits on a concurrent appender's row lock, the winner commits, the WHERE clause is
	-- re-evaluated against the new row, and `set version = <the stale value>` lands -- leaving
	-- mt_streams.version BELOW the stream's own events. Every later append then computes a version that
	-- already exists and dies on pk_mt_events_stream_and_version, forever, until the row is repaired by
	-- hand. A non-empty call cannot do this: its first INSERT collides with the winner on that same
	-- primary key and rolls the whole thing back, which is why only the empty case was exposed.
	--
	-- Two independent guards, because either alone would have been enough and the cost of both is nil:
	--   * the append count -- appending nothing has nothing to write, so the correct number of statements
	--     is zero rather than one that happens to be harmless;
	--   * greatest(), so the write-back can never LOWER a stream's version whoever calls it. An append
	--     only ever moves a version forward, so this is a no-op on every correct path and a backstop on
	--     any future caller that reads the version and then writes it back.
	if not is_new_stream and COALESCE(array_length(event_ids, 1), 0) > 0 then
		update keurmerk.mt_streams set version = greatest(version, event_version), timestamp = now() where id = stream;
	end if;

	return return_value;
END
$$;


--
-- Name: mt_safe_unaccent(boolean, text); Type: FUNCTION; Schema: keurmerk; Owner: -
--

CREATE FUNCTION keurmerk.mt_safe_unaccent(use_unaccent boolean, word text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $$
BEGIN
IF use_unaccent THEN
    RETURN public.unaccent(word);
ELSE
    RETURN word;
END IF;
END;
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: audit_chain; Type: TABLE; Schema: keurmerk; Owner: -
--

CREATE TABLE keurmerk.audit_chain (
    seq_id bigint NOT NULL,
    stream_id uuid NOT NULL,
    version bigint NOT NULL,
    hash text NOT NULL,
    previous_hash text NOT NULL
);


--
-- Name: certificate_number; Type: SEQUENCE; Schema: keurmerk; Owner: -
--

CREATE SEQUENCE keurmerk.certificate_number
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mt_doc_appuser; Type: TABLE; Schema: keurmerk; Owner: -
--

CREATE TABLE keurmerk.mt_doc_appuser (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_assessmentdetails; Type: TABLE; Schema: keurmerk; Owner: -
--

CREATE TABLE keurmerk.mt_doc_assessmentdetails (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_deadletterevent; Type: TABLE; Schema: keurmerk; Owner: -
--

CREATE TABLE keurmerk.mt_doc_deadletterevent (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_evidencecontent; Type: TABLE; Schema: keurmerk; Owner: -
--

CREATE TABLE keurmerk.mt_doc_evidencecontent (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_follow; Type: TABLE; Schema: keurmerk; Owner: -
--

CREATE TABLE keurmerk.mt_doc_follow (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_notification; Type: TABLE; Schema: keurmerk; Owner: -
--

CREATE TABLE keurmerk.mt_doc_notification (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_objectiondetails; Type: TABLE; Schema: keurmerk; Owner: -
--

CREATE TABLE keurmerk.mt_doc_objectiondetails (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_organisation; Type: TABLE; Schema: keurmerk; Owner: -
--

CREATE TABLE keurmerk.mt_doc_organisation (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_registerentry; Type: TABLE; Schema: keurmerk; Owner: -
--

CREATE TABLE keurmerk.mt_doc_registerentry (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_signaldetails; Type: TABLE; Schema: keurmerk; Owner: -
--

CREATE TABLE keurmerk.mt_doc_signaldetails (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_dotnet_type character varying,
    mt_version bigint DEFAULT 0 NOT NULL
);


--
-- Name: mt_doc_webhook; Type: TABLE; Schema: keurmerk; Owner: -
--

CREATE TABLE keurmerk.mt_doc_webhook (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_doc_webhookdelivery; Type: TABLE; Schema: keurmerk; Owner: -
--

CREATE TABLE keurmerk.mt_doc_webhookdelivery (
    id uuid NOT NULL,
    data jsonb NOT NULL,
    mt_last_modified timestamp with time zone DEFAULT transaction_timestamp(),
    mt_version uuid DEFAULT (md5(((random())::text || (clock_timestamp())::text)))::uuid NOT NULL,
    mt_dotnet_type character varying
);


--
-- Name: mt_event_progression; Type: TABLE; Schema: keurmerk; Owner: -
--

CREATE TABLE keurmerk.mt_event_progression (
    name character varying NOT NULL,
    last_seq_id bigint,
    last_updated timestamp with time zone DEFAULT transaction_timestamp(),
    mode character varying DEFAULT 'none'::character varying,
    rebuild_threshold integer DEFAULT 0,
    assigned_node integer DEFAULT 0,
    heartbeat timestamp with time zone,
    agent_status character varying(20),
    pause_reason text,
    running_on_node integer,
    warning_behind_threshold bigint,
    critical_behind_threshold bigint,
    failure_category character varying(50),
    failure_event_sequence bigint,
    failure_event_type character varying(500),
    failure_event_tenant_id character varying(500)
);


--
-- Name: mt_event_projection_floors; Type: TABLE; Schema: keurmerk; Owner: -
--

CREATE TABLE keurmerk.mt_event_projection_floors (
    name character varying NOT NULL,
    tenant_id character varying NOT NULL,
    floor bigint NOT NULL,
    last_updated timestamp with time zone DEFAULT transaction_timestamp()
);


--
-- Name: mt_events; Type: TABLE; Schema: keurmerk; Owner: -
--

CREATE TABLE keurmerk.mt_events (
    seq_id bigint NOT NULL,
    id uuid NOT NULL,
    stream_id uuid,
    version bigint NOT NULL,
    data jsonb NOT NULL,
    bdata bytea,
    type character varying(500) NOT NULL,
    "timestamp" timestamp with time zone DEFAULT '2026-12-02 14:41:26.930718+00'::timestamp with time zone NOT NULL,
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying,
    mt_dotnet_type character varying,
    is_archived boolean DEFAULT false
);


--
-- Name: mt_events_sequence; Type: SEQUENCE; Schema: keurmerk; Owner: -
--

CREATE SEQUENCE keurmerk.mt_events_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mt_events_sequence; Type: SEQUENCE OWNED BY; Schema: keurmerk; Owner: -
--

ALTER SEQUENCE keurmerk.mt_events_sequence OWNED BY keurmerk.mt_events.seq_id;


--
-- Name: mt_high_water_skips; Type: TABLE; Schema: keurmerk; Owner: -
--

CREATE TABLE keurmerk.mt_high_water_skips (
    ending_sequence bigint NOT NULL,
    starting_sequence bigint NOT NULL,
    "timestamp" timestamp with time zone DEFAULT transaction_timestamp()
);


--
-- Name: mt_streams; Type: TABLE; Schema: keurmerk; Owner: -
--

CREATE TABLE keurmerk.mt_streams (
    id uuid NOT NULL,
    type character varying,
    version bigint,
    "timestamp" timestamp with time zone DEFAULT now() NOT NULL,
    created timestamp with time zone DEFAULT now() NOT NULL,
    tenant_id character varying DEFAULT '*DEFAULT*'::character varying,
    compacted_version bigint DEFAULT 0 NOT NULL,
    is_archived boolean DEFAULT false
);


--
-- Name: aggregatedcounter; Type: TABLE; Schema: keurmerk_hangfire; Owner: -
--

CREATE TABLE keurmerk_hangfire.aggregatedcounter (
    id bigint NOT NULL,
    key text NOT NULL,
    value bigint NOT NULL,
    expireat timestamp with time zone
);


--
-- Name: aggregatedcounter_id_seq; Type: SEQUENCE; Schema: keurmerk_hangfire; Owner: -
--

CREATE SEQUENCE keurmerk_hangfire.aggregatedcounter_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: aggregatedcounter_id_seq; Type: SEQUENCE OWNED BY; Schema: keurmerk_hangfire; Owner: -
--

ALTER SEQUENCE keurmerk_hangfire.aggregatedcounter_id_seq OWNED BY keurmerk_hangfire.aggregatedcounter.id;


--
-- Name: counter; Type: TABLE; Schema: keurmerk_hangfire; Owner: -
--

CREATE TABLE keurmerk_hangfire.counter (
    id bigint NOT NULL,
    key text NOT NULL,
    value bigint NOT NULL,
    expireat timestamp with time zone
);


--
-- Name: counter_id_seq; Type: SEQUENCE; Schema: keurmerk_hangfire; Owner: -
--

CREATE SEQUENCE keurmerk_hangfire.counter_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: counter_id_seq; Type: SEQUENCE OWNED BY; Schema: keurmerk_hangfire; Owner: -
--

ALTER SEQUENCE keurmerk_hangfire.counter_id_seq OWNED BY keurmerk_hangfire.counter.id;


--
-- Name: hash; Type: TABLE; Schema: keurmerk_hangfire; Owner: -
--

CREATE TABLE keurmerk_hangfire.hash (
    id bigint NOT NULL,
    key text NOT NULL,
    field text NOT NULL,
    value text,
    expireat timestamp with time zone,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: hash_id_seq; Type: SEQUENCE; Schema: keurmerk_hangfire; Owner: -
--

CREATE SEQUENCE keurmerk_hangfire.hash_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: hash_id_seq; Type: SEQUENCE OWNED BY; Schema: keurmerk_hangfire; Owner: -
--

ALTER SEQUENCE keurmerk_hangfire.hash_id_seq OWNED BY keurmerk_hangfire.hash.id;


--
-- Name: job; Type: TABLE; Schema: keurmerk_hangfire; Owner: -
--

CREATE TABLE keurmerk_hangfire.job (
    id bigint NOT NULL,
    stateid bigint,
    statename text,
    invocationdata jsonb NOT NULL,
    arguments jsonb NOT NULL,
    createdat timestamp with time zone NOT NULL,
    expireat timestamp with time zone,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: job_id_seq; Type: SEQUENCE; Schema: keurmerk_hangfire; Owner: -
--

CREATE SEQUENCE keurmerk_hangfire.job_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: job_id_seq; Type: SEQUENCE OWNED BY; Schema: keurmerk_hangfire; Owner: -
--

ALTER SEQUENCE keurmerk_hangfire.job_id_seq OWNED BY keurmerk_hangfire.job.id;


--
-- Name: jobparameter; Type: TABLE; Schema: keurmerk_hangfire; Owner: -
--

CREATE TABLE keurmerk_hangfire.jobparameter (
    id bigint NOT NULL,
    jobid bigint NOT NULL,
    name text NOT NULL,
    value text,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: jobparameter_id_seq; Type: SEQUENCE; Schema: keurmerk_hangfire; Owner: -
--

CREATE SEQUENCE keurmerk_hangfire.jobparameter_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: jobparameter_id_seq; Type: SEQUENCE OWNED BY; Schema: keurmerk_hangfire; Owner: -
--

ALTER SEQUENCE keurmerk_hangfire.jobparameter_id_seq OWNED BY keurmerk_hangfire.jobparameter.id;


--
-- Name: jobqueue; Type: TABLE; Schema: keurmerk_hangfire; Owner: -
--

CREATE TABLE keurmerk_hangfire.jobqueue (
    id bigint NOT NULL,
    jobid bigint NOT NULL,
    queue text NOT NULL,
    fetchedat timestamp with time zone,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: jobqueue_id_seq; Type: SEQUENCE; Schema: keurmerk_hangfire; Owner: -
--

CREATE SEQUENCE keurmerk_hangfire.jobqueue_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: jobqueue_id_seq; Type: SEQUENCE OWNED BY; Schema: keurmerk_hangfire; Owner: -
--

ALTER SEQUENCE keurmerk_hangfire.jobqueue_id_seq OWNED BY keurmerk_hangfire.jobqueue.id;


--
-- Name: list; Type: TABLE; Schema: keurmerk_hangfire; Owner: -
--

CREATE TABLE keurmerk_hangfire.list (
    id bigint NOT NULL,
    key text NOT NULL,
    value text,
    expireat timestamp with time zone,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: list_id_seq; Type: SEQUENCE; Schema: keurmerk_hangfire; Owner: -
--

CREATE SEQUENCE keurmerk_hangfire.list_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: list_id_seq; Type: SEQUENCE OWNED BY; Schema: keurmerk_hangfire; Owner: -
--

ALTER SEQUENCE keurmerk_hangfire.list_id_seq OWNED BY keurmerk_hangfire.list.id;


--
-- Name: lock; Type: TABLE; Schema: keurmerk_hangfire; Owner: -
--

CREATE TABLE keurmerk_hangfire.lock (
    resource text NOT NULL,
    updatecount integer DEFAULT 0 NOT NULL,
    acquired timestamp with time zone
);


--
-- Name: schema; Type: TABLE; Schema: keurmerk_hangfire; Owner: -
--

CREATE TABLE keurmerk_hangfire.schema (
    version integer NOT NULL
);


--
-- Name: server; Type: TABLE; Schema: keurmerk_hangfire; Owner: -
--

CREATE TABLE keurmerk_hangfire.server (
    id text NOT NULL,
    data jsonb,
    lastheartbeat timestamp with time zone NOT NULL,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: set; Type: TABLE; Schema: keurmerk_hangfire; Owner: -
--

CREATE TABLE keurmerk_hangfire.set (
    id bigint NOT NULL,
    key text NOT NULL,
    score double precision NOT NULL,
    value text NOT NULL,
    expireat timestamp with time zone,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: set_id_seq; Type: SEQUENCE; Schema: keurmerk_hangfire; Owner: -
--

CREATE SEQUENCE keurmerk_hangfire.set_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: set_id_seq; Type: SEQUENCE OWNED BY; Schema: keurmerk_hangfire; Owner: -
--

ALTER SEQUENCE keurmerk_hangfire.set_id_seq OWNED BY keurmerk_hangfire.set.id;


--
-- Name: state; Type: TABLE; Schema: keurmerk_hangfire; Owner: -
--

CREATE TABLE keurmerk_hangfire.state (
    id bigint NOT NULL,
    jobid bigint NOT NULL,
    name text NOT NULL,
    reason text,
    createdat timestamp with time zone NOT NULL,
    data jsonb,
    updatecount integer DEFAULT 0 NOT NULL
);


--
-- Name: state_id_seq; Type: SEQUENCE; Schema: keurmerk_hangfire; Owner: -
--

CREATE SEQUENCE keurmerk_hangfire.state_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: state_id_seq; Type: SEQUENCE OWNED BY; Schema: keurmerk_hangfire; Owner: -
--

ALTER SEQUENCE keurmerk_hangfire.state_id_seq OWNED BY keurmerk_hangfire.state.id;


--
-- Name: aggregatedcounter id; Type: DEFAULT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.aggregatedcounter ALTER COLUMN id SET DEFAULT nextval('keurmerk_hangfire.aggregatedcounter_id_seq'::regclass);


--
-- Name: counter id; Type: DEFAULT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.counter ALTER COLUMN id SET DEFAULT nextval('keurmerk_hangfire.counter_id_seq'::regclass);


--
-- Name: hash id; Type: DEFAULT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.hash ALTER COLUMN id SET DEFAULT nextval('keurmerk_hangfire.hash_id_seq'::regclass);


--
-- Name: job id; Type: DEFAULT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.job ALTER COLUMN id SET DEFAULT nextval('keurmerk_hangfire.job_id_seq'::regclass);


--
-- Name: jobparameter id; Type: DEFAULT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.jobparameter ALTER COLUMN id SET DEFAULT nextval('keurmerk_hangfire.jobparameter_id_seq'::regclass);


--
-- Name: jobqueue id; Type: DEFAULT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.jobqueue ALTER COLUMN id SET DEFAULT nextval('keurmerk_hangfire.jobqueue_id_seq'::regclass);


--
-- Name: list id; Type: DEFAULT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.list ALTER COLUMN id SET DEFAULT nextval('keurmerk_hangfire.list_id_seq'::regclass);


--
-- Name: set id; Type: DEFAULT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.set ALTER COLUMN id SET DEFAULT nextval('keurmerk_hangfire.set_id_seq'::regclass);


--
-- Name: state id; Type: DEFAULT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.state ALTER COLUMN id SET DEFAULT nextval('keurmerk_hangfire.state_id_seq'::regclass);


--
-- Data for Name: audit_chain; Type: TABLE DATA; Schema: keurmerk; Owner: -
--

COPY keurmerk.audit_chain (seq_id, stream_id, version, hash, previous_hash) FROM stdin;
1	01a23734-1c65-7b2a-86de-5a565a0821de	1	395e3e8a1eac00b7b3eb9b28ad05dff233f3e66356909f96097033d4513faadc	
2	01a23734-1c65-7b2a-86de-5a565a0821de	2	b0ce3cd8bc4576ae92ae02eaced16f430ce23718edc7387559a7b2007d76e626	395e3e8a1eac00b7b3eb9b28ad05dff233f3e66356909f96097033d4513faadc
3	01a23734-1c65-7b2a-86de-5a565a0821de	3	0090e14f6280dfcb305ff529f6ee00e7f66cd1ee94c029b42d201aab3274562a	b0ce3cd8bc4576ae92ae02eaced16f430ce23718edc7387559a7b2007d76e626
4	01a23734-1c65-7b2a-86de-5a565a0821de	4	580fedf4466f4c9ec5a728efbcb20a790b076f8439d4b45f220da7e91ceadd5b	0090e14f6280dfcb305ff529f6ee00e7f66cd1ee94c029b42d201aab3274562a
5	01a23734-1c65-7b2a-86de-5a565a0821de	5	212bed55a07e69d35149f02966b73c23260e19257438219027fe1ee914a210ca	580fedf4466f4c9ec5a728efbcb20a790b076f8439d4b45f220da7e91ceadd5b
6	01a23734-1c65-7b2a-86de-5a565a0821de	6	72bd38e0e414f842bf31d6a7e44bb254a87c118d2b1d625eb3498a2efd280251	212bed55a07e69d35149f02966b73c23260e19257438219027fe1ee914a210ca
7	01a23734-1c65-7b2a-86de-5a565a0821de	7	1357f14deecc53073fb1ab349fee6a4b5614e2d1941d1028acb4b50c36806e15	72bd38e0e414f842bf31d6a7e44bb254a87c118d2b1d625eb3498a2efd280251
8	01a23734-1c65-7b2a-86de-5a565a0821de	8	e114376e5346cfec26e0f418957f1a3ecbf2e8675810ccbbd661e195df78e4a9	1357f14deecc53073fb1ab349fee6a4b5614e2d1941d1028acb4b50c36806e15
9	01a23734-1c65-7b2a-86de-5a565a0821de	9	26dfb7f424feeeb932c79a9f7756155d6d7358865d28d9704a31457bf544279b	e114376e5346cfec26e0f418957f1a3ecbf2e8675810ccbbd661e195df78e4a9
10	01a23734-1c65-7b2a-86de-5a565a0821de	10	b3443344c8b9ccac466b55cd1321d7edda38f7aa72b07b856eea6c583a871727	26dfb7f424feeeb932c79a9f7756155d6d7358865d28d9704a31457bf544279b
11	01a23734-1c65-7b2a-86de-5a565a0821de	11	caf72cddaf2bcd8762c062674458b76450a816072da53cb5f37a419bce34e72f	b3443344c8b9ccac466b55cd1321d7edda38f7aa72b07b856eea6c583a871727
12	01a23734-1c65-7b2a-86de-5a565a0821de	12	32356b65241cb0b4d6d711230370dcbe948fabbe5e6231498ec9d9f8860672f0	caf72cddaf2bcd8762c062674458b76450a816072da53cb5f37a419bce34e72f
13	01a23734-1c65-7b2a-86de-5a565a0821de	13	a6064c8a374d7befcd5f036a7261d7ba578f70ad16e5b23f472a7b251169d888	32356b65241cb0b4d6d711230370dcbe948fabbe5e6231498ec9d9f8860672f0
14	01a23734-1c65-7b2a-86de-5a565a0821de	14	73c39082af720d1918a00119c279b47e6eba588c7b0179029cc7d6e9a2e33e73	a6064c8a374d7befcd5f036a7261d7ba578f70ad16e5b23f472a7b251169d888
15	01a23734-2598-7d15-b31f-fea8f4b89b5b	1	b0fcfbc545c68243302b4bd19f8bf56600ce5e788c3e2fe8e85de02a86b7765f	
16	01a23734-2598-7d15-b31f-fea8f4b89b5b	2	8522dd47b95861f390b4fd0e15941eb181d8cc297e34967d8d80f94a682e7337	b0fcfbc545c68243302b4bd19f8bf56600ce5e788c3e2fe8e85de02a86b7765f
17	01a23734-2598-7d15-b31f-fea8f4b89b5b	3	c0c6443732604eea5437195056d1a6f9c7b7b80b672c0501ab5633c2cfb47b97	8522dd47b95861f390b4fd0e15941eb181d8cc297e34967d8d80f94a682e7337
18	01a23734-2598-7d15-b31f-fea8f4b89b5b	4	32d839630ecc8725206c9b77098ecab231c0d14b168b35c43f6b4a260b2192d2	c0c6443732604eea5437195056d1a6f9c7b7b80b672c0501ab5633c2cfb47b97
19	01a23734-2598-7d15-b31f-fea8f4b89b5b	5	e2c7cb5aca53cd79f980542fb4649bf144982c8f5725d05305e33e3ff8438a8b	32d839630ecc8725206c9b77098ecab231c0d14b168b35c43f6b4a260b2192d2
20	01a23734-2598-7d15-b31f-fea8f4b89b5b	6	578e355e3bc5de95abac20e9cb0b4b87cd808f105e749184b2332f6499a46cca	e2c7cb5aca53cd79f980542fb4649bf144982c8f5725d05305e33e3ff8438a8b
21	01a23734-2598-7d15-b31f-fea8f4b89b5b	7	d3ccada3c063b7e74033dc7ea19702b44da5b36fdacf728f93766b16c2b47b63	578e355e3bc5de95abac20e9cb0b4b87cd808f105e749184b2332f6499a46cca
22	01a23734-2598-7d15-b31f-fea8f4b89b5b	8	cabc39c72ea4760aa838643d3629a75092c4142438daf70620d65cc9323effad	d3ccada3c063b7e74033dc7ea19702b44da5b36fdacf728f93766b16c2b47b63
23	01a23734-2598-7d15-b31f-fea8f4b89b5b	9	d5280f49fc81dd715d52eb165dd5a153605296b776ac76e0a75ecad20b410e1f	cabc39c72ea4760aa838643d3629a75092c4142438daf70620d65cc9323effad
24	01a23734-2598-7d15-b31f-fea8f4b89b5b	10	2df25dca29f1b6edab21a06a3fc382db163fb0d1387ecf783b0f4dc52c02b1d9	d5280f49fc81dd715d52eb165dd5a153605296b776ac76e0a75ecad20b410e1f
25	01a23734-2598-7d15-b31f-fea8f4b89b5b	11	074c794b401f31e00c5d68a346e3950405dc4c0847977a4f7452e46280b1f504	2df25dca29f1b6edab21a06a3fc382db163fb0d1387ecf783b0f4dc52c02b1d9
26	01a23734-2598-7d15-b31f-fea8f4b89b5b	12	8a6a6a5268589e4e89c776a6ec35a2923253d61405706c10d1da135cac98db75	074c794b401f31e00c5d68a346e3950405dc4c0847977a4f7452e46280b1f504
27	01a23734-2598-7d15-b31f-fea8f4b89b5b	13	b00987846c42aee76c41093065e2f716242117b10d71225403f518099be24c06	8a6a6a5268589e4e89c776a6ec35a2923253d61405706c10d1da135cac98db75
28	01a23734-2598-7d15-b31f-fea8f4b89b5b	14	803959088154f9e95e1866964023b3c21bc1583abd8af112c0e141bc85ce6c9a	b00987846c42aee76c41093065e2f716242117b10d71225403f518099be24c06
29	01a23734-2598-7d15-b31f-fea8f4b89b5b	15	e7f4731df24041c64167c4c750b93d85e656711a13db18ca0084d10298891e23	803959088154f9e95e1866964023b3c21bc1583abd8af112c0e141bc85ce6c9a
30	01a23734-2598-7d15-b31f-fea8f4b89b5b	16	212ee794b83d091c66b89632597a6faf31d3571275134df145dc812628a71e69	e7f4731df24041c64167c4c750b93d85e656711a13db18ca0084d10298891e23
31	01a23734-2598-7d15-b31f-fea8f4b89b5b	17	3dfb7e518081072947863b3ce4b710bac4c0992c8cbdfb32cf3ebbe8223526b0	212ee794b83d091c66b89632597a6faf31d3571275134df145dc812628a71e69
32	01a23734-2598-7d15-b31f-fea8f4b89b5b	18	da405ea00f9d39e28cb4d726f5ad0c46a923d8e366427e81c38ffb94b0b58658	3dfb7e518081072947863b3ce4b710bac4c0992c8cbdfb32cf3ebbe8223526b0
33	01a23734-2598-7d15-b31f-fea8f4b89b5b	19	210299813aee05aaefdab4306b6ba793af1bedb6f2a6a0ab16b42c1b89ef46fc	da405ea00f9d39e28cb4d726f5ad0c46a923d8e366427e81c38ffb94b0b58658
34	01a23734-2598-7d15-b31f-fea8f4b89b5b	20	9b12fa50846e4d5732e9f69e04fb61e98e441f04beba1df77ef6da0d2aed40ee	210299813aee05aaefdab4306b6ba793af1bedb6f2a6a0ab16b42c1b89ef46fc
35	01a23734-2598-7d15-b31f-fea8f4b89b5b	21	e790026050cb2f3d6da18faa49696dee6595cba714eb3e25df363c35d09de29e	9b12fa50846e4d5732e9f69e04fb61e98e441f04beba1df77ef6da0d2aed40ee
36	01a23734-2598-7d15-b31f-fea8f4b89b5b	22	6c969edcb8eda6bef3607e23e05c636ee22a6410fd786f8c36f54eda730d791f	e790026050cb2f3d6da18faa49696dee6595cba714eb3e25df363c35d09de29e
37	01a23734-2598-7d15-b31f-fea8f4b89b5b	23	2a034f2d60141c45e8bbe415f9ee0612a538c8caa9e52fa04d5a60a11f053975	6c969edcb8eda6bef3607e23e05c636ee22a6410fd786f8c36f54eda730d791f
38	01a23734-2598-7d15-b31f-fea8f4b89b5b	24	5b26c32042c862345616d0338b8d72174a700c25c3b15b0e073adcffe431c19e	2a034f2d60141c45e8bbe415f9ee0612a538c8caa9e52fa04d5a60a11f053975
39	01a23734-2598-7d15-b31f-fea8f4b89b5b	25	c157626c7b74ecac7c5bebcfe1ee74198a3279347d3d64a4bd63268db86a1289	5b26c32042c862345616d0338b8d72174a700c25c3b15b0e073adcffe431c19e
40	01a23734-2598-7d15-b31f-fea8f4b89b5b	26	8976ccaa04acec8006948a3954373773be9dfce5fbb253f37c37c2aa4e37d5e1	c157626c7b74ecac7c5bebcfe1ee74198a3279347d3d64a4bd63268db86a1289
41	01a23734-2598-7d15-b31f-fea8f4b89b5b	27	b8ea31bd97f724b7dc67e702af0f97af0f5f2564b226672fa9498ad5365af5d4	8976ccaa04acec8006948a3954373773be9dfce5fbb253f37c37c2aa4e37d5e1
42	01a23734-2598-7d15-b31f-fea8f4b89b5b	28	6dadf7b5fac307465c879efde4bd240f6a7d727303fbff9277b9d261851c7e7e	b8ea31bd97f724b7dc67e702af0f97af0f5f2564b226672fa9498ad5365af5d4
43	01a23734-2598-7d15-b31f-fea8f4b89b5b	29	d7e92d380c58980a78f0bea8c5d7260d0f0dbfb180ab5f7b02ce4e4f9925219a	6dadf7b5fac307465c879efde4bd240f6a7d727303fbff9277b9d261851c7e7e
44	01a23734-2598-7d15-b31f-fea8f4b89b5b	30	295d6fbcc5181a9ff07522a0459675cf89eb8c4ce7a2ec31c2e7d6bbd6936e67	d7e92d380c58980a78f0bea8c5d7260d0f0dbfb180ab5f7b02ce4e4f9925219a
45	01a23734-2598-7d15-b31f-fea8f4b89b5b	31	68b2fa3807270e3221c76bd999aa4a77dc5f51420d89e86b167427f5398b7a78	295d6fbcc5181a9ff07522a0459675cf89eb8c4ce7a2ec31c2e7d6bbd6936e67
46	01a23734-2598-7d15-b31f-fea8f4b89b5b	32	d2aff82c577187b738f84c699e6e4c703048f24a6b81ce31953396b6dbe29743	68b2fa3807270e3221c76bd999aa4a77dc5f51420d89e86b167427f5398b7a78
47	01a23734-2598-7d15-b31f-fea8f4b89b5b	33	22bfb2cd7fcfd7744c4941714f490b3282513cc2e86d0cd357a86d62026579f4	d2aff82c577187b738f84c699e6e4c703048f24a6b81ce31953396b6dbe29743
48	01a23734-2598-7d15-b31f-fea8f4b89b5b	34	34ef09f3e9697ea321b83094903dea707cc4afd4411286d4d4169e889b38bb98	22bfb2cd7fcfd7744c4941714f490b3282513cc2e86d0cd357a86d62026579f4
49	01a23734-2598-7d15-b31f-fea8f4b89b5b	35	aae232eaadf9b8adb2099cca0700dd49845f7e852d6ebe5788e01eff836dfb25	34ef09f3e9697ea321b83094903dea707cc4afd4411286d4d4169e889b38bb98
50	01a23734-2598-7d15-b31f-fea8f4b89b5b	36	e41198a0650a538e94598218cb38e96a807e594f0b24456c7de6074bcad0f6fa	aae232eaadf9b8adb2099cca0700dd49845f7e852d6ebe5788e01eff836dfb25
51	01a23734-2598-7d15-b31f-fea8f4b89b5b	37	aabc8f7e4f8dc05e20e69d3692004d4c52c0bbff3ab0ea75b984d9d2aef8be7d	e41198a0650a538e94598218cb38e96a807e594f0b24456c7de6074bcad0f6fa
52	01a23734-2598-7d15-b31f-fea8f4b89b5b	38	ef5cc2b90903de8c17723576c48cb9b27fadaf1571ea8c7d44a520143213e173	aabc8f7e4f8dc05e20e69d3692004d4c52c0bbff3ab0ea75b984d9d2aef8be7d
53	01a23734-2598-7d15-b31f-fea8f4b89b5b	39	c36717e2a39c969a6951ea011eb161b6913d98bbe9bf79b1f9f091516d9b9572	ef5cc2b90903de8c17723576c48cb9b27fadaf1571ea8c7d44a520143213e173
54	01a23734-2598-7d15-b31f-fea8f4b89b5b	40	44dedd37960a6ed1de86b7bee43814fe5df5b209d9b7a11925387876f9b50e68	c36717e2a39c969a6951ea011eb161b6913d98bbe9bf79b1f9f091516d9b9572
55	01a23734-2598-7d15-b31f-fea8f4b89b5b	41	a7445aec758b95e7b70bb3edd4c8227fc61ae387f50af29feabec84d05fe77ba	44dedd37960a6ed1de86b7bee43814fe5df5b209d9b7a11925387876f9b50e68
56	01a23734-2598-7d15-b31f-fea8f4b89b5b	42	352d79a489802474f5156a806f29b94daf377274d3d2259d6b6d99a2fb73e56a	a7445aec758b95e7b70bb3edd4c8227fc61ae387f50af29feabec84d05fe77ba
57	01a23734-2598-7d15-b31f-fea8f4b89b5b	43	516ba66123d0ee716fe4646bcfd83916618e4bd279689256158350c2e5d9cfa6	352d79a489802474f5156a806f29b94daf377274d3d2259d6b6d99a2fb73e56a
58	01a23734-2598-7d15-b31f-fea8f4b89b5b	44	382d01f3fa9d087b3b305d0495193a01e861f31cd3b75f4f16c00a6e91cff21c	516ba66123d0ee716fe4646bcfd83916618e4bd279689256158350c2e5d9cfa6
59	01a23734-2598-7d15-b31f-fea8f4b89b5b	45	aba859d8063ae7cf887de85b3b9a7357b817956912af0c0f48663d172eb841b8	382d01f3fa9d087b3b305d0495193a01e861f31cd3b75f4f16c00a6e91cff21c
60	01a23734-2598-7d15-b31f-fea8f4b89b5b	46	c4e4df7b7b5d8b0d942ff9da9b7228b36266cca57283f006549afd1f0dc18ea2	aba859d8063ae7cf887de85b3b9a7357b817956912af0c0f48663d172eb841b8
61	01a23734-2598-7d15-b31f-fea8f4b89b5b	47	3dc9e58dccbd13d018c560acc3b12a9d02c7602eafd3e69c5987fb8ad212e506	c4e4df7b7b5d8b0d942ff9da9b7228b36266cca57283f006549afd1f0dc18ea2
62	01a23734-2598-7d15-b31f-fea8f4b89b5b	48	4978b3531beaec4421e834ba6a2ac0376de114b185becca4e89007296f4dd347	3dc9e58dccbd13d018c560acc3b12a9d02c7602eafd3e69c5987fb8ad212e506
63	01a23734-2598-7d15-b31f-fea8f4b89b5b	49	a4e9b6a2241e456c7a5fe6d95625c1c5836add565d6cc36791d10073038e2263	4978b3531beaec4421e834ba6a2ac0376de114b185becca4e89007296f4dd347
64	01a23734-2598-7d15-b31f-fea8f4b89b5b	50	368edbc42404b3ed756bd52716bb470546a519d807ae2c3339066bd32a5fe2e6	a4e9b6a2241e456c7a5fe6d95625c1c5836add565d6cc36791d10073038e2263
65	01a23734-2598-7d15-b31f-fea8f4b89b5b	51	30bb3e9a261502f7e198a8037680f8b6c90a1b0415509d7e448bf8ca333d4502	368edbc42404b3ed756bd52716bb470546a519d807ae2c3339066bd32a5fe2e6
66	01a23734-2598-7d15-b31f-fea8f4b89b5b	52	b681a87a5caff11969e64dd4259bda37072f8d2301917106d31eb952ac02164f	30bb3e9a261502f7e198a8037680f8b6c90a1b0415509d7e448bf8ca333d4502
67	01a23734-2598-7d15-b31f-fea8f4b89b5b	53	19c17948e0e7e8a88b485e0f7eaf88722ae5f9f036d8635bd3248094d55f0eb4	b681a87a5caff11969e64dd4259bda37072f8d2301917106d31eb952ac02164f
68	01a23734-2598-7d15-b31f-fea8f4b89b5b	54	d1f353bafc6ac54c63ffac62ed3bdb84e0f0e26d5dfef6d0b668c36776370ffd	19c17948e0e7e8a88b485e0f7eaf88722ae5f9f036d8635bd3248094d55f0eb4
69	01a23734-2598-7d15-b31f-fea8f4b89b5b	55	6ecd5d0cc23db2b428dbb29175a06fa6aeb79b6061f745d7f3a2bc4c459248bb	d1f353bafc6ac54c63ffac62ed3bdb84e0f0e26d5dfef6d0b668c36776370ffd
70	01a23734-2598-7d15-b31f-fea8f4b89b5b	56	68dd2c9037ba7aec096669466ee8d75b97d8f9c1497937cf9bef9460ed6623cf	6ecd5d0cc23db2b428dbb29175a06fa6aeb79b6061f745d7f3a2bc4c459248bb
71	01a23734-2598-7d15-b31f-fea8f4b89b5b	57	efa71f651b530857e51b98df68843b4eb04ac74c8a52d2c5eff589d409b65a72	68dd2c9037ba7aec096669466ee8d75b97d8f9c1497937cf9bef9460ed6623cf
72	01a23734-2598-7d15-b31f-fea8f4b89b5b	58	b49bc57a3685e2edd3a9effa98d4caa867805e1f8b953721e0226495ff19c56a	efa71f651b530857e51b98df68843b4eb04ac74c8a52d2c5eff589d409b65a72
73	01a23734-2598-7d15-b31f-fea8f4b89b5b	59	e5f8981c9e04c6ba4c7e1fd087e636e42109e2dc7e0fb03bfa28b546aebb7a85	b49bc57a3685e2edd3a9effa98d4caa867805e1f8b953721e0226495ff19c56a
74	01a23734-2598-7d15-b31f-fea8f4b89b5b	60	8b9506dba9afa83ff20e2cc3c05de80f6a803d9fdb1d8f4c0eff62429bbbb806	e5f8981c9e04c6ba4c7e1fd087e636e42109e2dc7e0fb03bfa28b546aebb7a85
75	01a23734-2598-7d15-b31f-fea8f4b89b5b	61	0b6830de64bcd7bf5149acb9b565864620834108caddbd5b5ad059aff44ce8be	8b9506dba9afa83ff20e2cc3c05de80f6a803d9fdb1d8f4c0eff62429bbbb806
76	01a23734-2598-7d15-b31f-fea8f4b89b5b	62	fb7db1ac4fe2fd121196222c6732d420a911296500a4c5625b7872c016768e93	0b6830de64bcd7bf5149acb9b565864620834108caddbd5b5ad059aff44ce8be
77	01a23734-2598-7d15-b31f-fea8f4b89b5b	63	690ff16dba04540c25e76d5954f0131648e6b61125db5f6968ac80afc2fc5912	fb7db1ac4fe2fd121196222c6732d420a911296500a4c5625b7872c016768e93
78	01a23734-2598-7d15-b31f-fea8f4b89b5b	64	795b0760ea657f2130a5d6e1608f72e9afc75dade5ad8580be118e022a7f025a	690ff16dba04540c25e76d5954f0131648e6b61125db5f6968ac80afc2fc5912
79	01a23734-2598-7d15-b31f-fea8f4b89b5b	65	e81eb17b325d6f38b25ba8272bc8230506a0a2f4196184e85f9e882beba9a623	795b0760ea657f2130a5d6e1608f72e9afc75dade5ad8580be118e022a7f025a
80	01a23734-2598-7d15-b31f-fea8f4b89b5b	66	1575a49e21589057a25b55d316eca6290bfc15ac62e0a84b3caacdc477807134	e81eb17b325d6f38b25ba8272bc8230506a0a2f4196184e85f9e882beba9a623
81	01a23734-2598-7d15-b31f-fea8f4b89b5b	67	ff350fb6816b1cdd90f4e1527298da963393399b2482a77c61181a2f65b5db63	1575a49e21589057a25b55d316eca6290bfc15ac62e0a84b3caacdc477807134
82	01a23734-2598-7d15-b31f-fea8f4b89b5b	68	9a6c7d433b56dc5f714394fa4ba00549cef9db03852ac2e4872c79b095510f6d	ff350fb6816b1cdd90f4e1527298da963393399b2482a77c61181a2f65b5db63
83	01a23734-2598-7d15-b31f-fea8f4b89b5b	69	f1a6ad04a58f48f15e78b54b333abb1b271a143a0f4032a7d47a573040f8f084	9a6c7d433b56dc5f714394fa4ba00549cef9db03852ac2e4872c79b095510f6d
84	01a23734-2598-7d15-b31f-fea8f4b89b5b	70	78c6ff1b65c31675b618b56e88400116d875f9d734ae055a5252edacaf1a6fa3	f1a6ad04a58f48f15e78b54b333abb1b271a143a0f4032a7d47a573040f8f084
85	01a23734-2598-7d15-b31f-fea8f4b89b5b	71	4da8877116754bba006f6123144e21e255d95f96abc5d8a858c4df696d06eb29	78c6ff1b65c31675b618b56e88400116d875f9d734ae055a5252edacaf1a6fa3
86	01a23734-2598-7d15-b31f-fea8f4b89b5b	72	857b2bc08925ff01ded04c3608c07c1793e74fd889058f2592671fb5d1281271	4da8877116754bba006f6123144e21e255d95f96abc5d8a858c4df696d06eb29
87	01a23734-2598-7d15-b31f-fea8f4b89b5b	73	772e513c74bb2cbabb42fbe4bfe18a382eac5b290c59d5812f5b8f96f6dc0b45	857b2bc08925ff01ded04c3608c07c1793e74fd889058f2592671fb5d1281271
88	01a23734-2b2f-7ea6-9451-24a603faead7	1	bf5cd5cae2bc870592dda8088d59777365e0e27b1a97b16a892c3322e7f818ef	
89	01a23734-2b2f-7ea6-9451-24a603faead7	2	c7ff7caae82012991d0497db4659dc124617f491f4947c218ffc1d113dfaff64	bf5cd5cae2bc870592dda8088d59777365e0e27b1a97b16a892c3322e7f818ef
90	01a23734-2b2f-7ea6-9451-24a603faead7	3	d0446bef5831092d59e2fda56b21faa954b064a991513bad733798c0b5abd414	c7ff7caae82012991d0497db4659dc124617f491f4947c218ffc1d113dfaff64
91	01a23734-2b2f-7ea6-9451-24a603faead7	4	3ad2a6ab36895fb8e3d7c2c56715e291c188e02d62cacd672628fc9764313a61	d0446bef5831092d59e2fda56b21faa954b064a991513bad733798c0b5abd414
92	01a23734-2b2f-7ea6-9451-24a603faead7	5	48b0a543db5e116631a15f082f58837e00ce9aa1007fdb232f5d3e2b1c1d9eab	3ad2a6ab36895fb8e3d7c2c56715e291c188e02d62cacd672628fc9764313a61
93	01a23734-2b2f-7ea6-9451-24a603faead7	6	45f9b11270b82f52e12247270b458fc6b974facac8bc38742a81bb1da24830ae	48b0a543db5e116631a15f082f58837e00ce9aa1007fdb232f5d3e2b1c1d9eab
94	01a23734-2b2f-7ea6-9451-24a603faead7	7	b3e4346ca245db63cbe694b9fde7871281a01bc717199bdcefd0c0d26840e6da	45f9b11270b82f52e12247270b458fc6b974facac8bc38742a81bb1da24830ae
95	01a23734-2b2f-7ea6-9451-24a603faead7	8	dcd2f8ecec8b3818c8d5e5e4d01364675dcfb7149b189c2d56df196e053394d4	b3e4346ca245db63cbe694b9fde7871281a01bc717199bdcefd0c0d26840e6da
96	01a23734-2b2f-7ea6-9451-24a603faead7	9	c8a6d9db93f15037afa40e484f893c6693a5043670c0c94321880b3d8b77d0f0	dcd2f8ecec8b3818c8d5e5e4d01364675dcfb7149b189c2d56df196e053394d4
97	01a23734-2b2f-7ea6-9451-24a603faead7	10	76c1f0c861bdfaf953641a4cc06ee75035798274837b76eb3394683eb5ee329a	c8a6d9db93f15037afa40e484f893c6693a5043670c0c94321880b3d8b77d0f0
98	01a23734-2b2f-7ea6-9451-24a603faead7	11	8f2cb36c53a6e8cd8c2252fe1c5331fbfceb9d01b21f3c3c34797de05aa5be57	76c1f0c861bdfaf953641a4cc06ee75035798274837b76eb3394683eb5ee329a
99	01a23734-2b2f-7ea6-9451-24a603faead7	12	d3416dbaa3254f1d86a77cc042c3a897ba0a9f1693320808c742f5222794a971	8f2cb36c53a6e8cd8c2252fe1c5331fbfceb9d01b21f3c3c34797de05aa5be57
100	01a23734-2b2f-7ea6-9451-24a603faead7	13	69c20367b1e425e8d88151be0ee9f891ec9d89ccc63ad4dfd2ff4e09e81c0024	d3416dbaa3254f1d86a77cc042c3a897ba0a9f1693320808c742f5222794a971
101	01a23734-2b2f-7ea6-9451-24a603faead7	14	4151d7068217f3c5f6c2142ae75fad6cb433b9d40680de97c7421d2d22284987	69c20367b1e425e8d88151be0ee9f891ec9d89ccc63ad4dfd2ff4e09e81c0024
102	01a23734-2b2f-7ea6-9451-24a603faead7	15	b99cbad155ba382efec1f2c80060ca6ad572319d5341cdf5bbe1e45328183e8b	4151d7068217f3c5f6c2142ae75fad6cb433b9d40680de97c7421d2d22284987
103	01a23734-2b2f-7ea6-9451-24a603faead7	16	4e688a1a2331a03fa133f493f3f5da1c622d7cb4c0e899d8d26d2e3874aac07c	b99cbad155ba382efec1f2c80060ca6ad572319d5341cdf5bbe1e45328183e8b
104	01a23734-2b2f-7ea6-9451-24a603faead7	17	532652d81e786a9c070d3422e13492c949ce1db9924ce904bd9d0ea1237d308d	4e688a1a2331a03fa133f493f3f5da1c622d7cb4c0e899d8d26d2e3874aac07c
105	01a23734-2b2f-7ea6-9451-24a603faead7	18	6a3a86b0533a79d9ee71dce65504211cb28204b7387429c8c3fca9d1370bd1de	532652d81e786a9c070d3422e13492c949ce1db9924ce904bd9d0ea1237d308d
106	01a23734-2b2f-7ea6-9451-24a603faead7	19	5a22afc8e5098fdc7c09897c741c0e12ff068c5934d27d5fa879572067227e44	6a3a86b0533a79d9ee71dce65504211cb28204b7387429c8c3fca9d1370bd1de
107	01a23734-2b2f-7ea6-9451-24a603faead7	20	81308e831560eadebdcc8c1a3a6ea03a8ffdc32d9718012aa25c99f11ab7349d	5a22afc8e5098fdc7c09897c741c0e12ff068c5934d27d5fa879572067227e44
108	01a23734-2b2f-7ea6-9451-24a603faead7	21	1514d77dde78516fb322381e9f173b5e8dd51bf0b0993a630e7b0f33dcac9d58	81308e831560eadebdcc8c1a3a6ea03a8ffdc32d9718012aa25c99f11ab7349d
109	01a23734-2b2f-7ea6-9451-24a603faead7	22	b58bf57829a933b42fbfa3a90ec4440004c1efd3305a057850ec17a905e3ca74	1514d77dde78516fb322381e9f173b5e8dd51bf0b0993a630e7b0f33dcac9d58
110	01a23734-2b2f-7ea6-9451-24a603faead7	23	6ffaf28c05771fa19d45bfe7d64485195f27b36e2f640ca5af1744d3511acbc5	b58bf57829a933b42fbfa3a90ec4440004c1efd3305a057850ec17a905e3ca74
111	01a23734-2b2f-7ea6-9451-24a603faead7	24	0694cd88fcbca85ab67b3fb6421291d62b6ce81dc4611edbddc348f5ca576391	6ffaf28c05771fa19d45bfe7d64485195f27b36e2f640ca5af1744d3511acbc5
112	01a23734-2b2f-7ea6-9451-24a603faead7	25	149dcb27593f97cc0c7922211f4500c48b844364293d7884d8af2e4c1f1044e0	0694cd88fcbca85ab67b3fb6421291d62b6ce81dc4611edbddc348f5ca576391
113	01a23734-2b2f-7ea6-9451-24a603faead7	26	2106fa3697c5e2946f86bfff53667fae09f434b1ece5286605dc4a276d97a43b	149dcb27593f97cc0c7922211f4500c48b844364293d7884d8af2e4c1f1044e0
114	01a23734-2b2f-7ea6-9451-24a603faead7	27	d172f681482169e75ece99606ea1b0712fbfdf9634212ba9288fbf8298c9369a	2106fa3697c5e2946f86bfff53667fae09f434b1ece5286605dc4a276d97a43b
115	01a23734-2b2f-7ea6-9451-24a603faead7	28	2ceffef54e69445b1401921c52e925d07a14bdee4ac45c02864bbddadeba4be4	d172f681482169e75ece99606ea1b0712fbfdf9634212ba9288fbf8298c9369a
116	01a23734-2b2f-7ea6-9451-24a603faead7	29	f704f4da91922b6722fb7746038112b84cde50c8a78865b60276c5f679017c41	2ceffef54e69445b1401921c52e925d07a14bdee4ac45c02864bbddadeba4be4
117	01a23734-2b2f-7ea6-9451-24a603faead7	30	24e5de1673a6a1cdbf70aac1b504206e3596349d9497109ee7946c24728db2f6	f704f4da91922b6722fb7746038112b84cde50c8a78865b60276c5f679017c41
118	01a23734-2b2f-7ea6-9451-24a603faead7	31	ec3026e6c7d3a3212bc7f10e41e0ab3c9078baeeb182078b57c90ca0f796fa2b	24e5de1673a6a1cdbf70aac1b504206e3596349d9497109ee7946c24728db2f6
119	01a23734-2b2f-7ea6-9451-24a603faead7	32	f13d04b7cf1e0acc1961fb6cad0ffe2a3b8fd6ccb52848c58169060119abd034	ec3026e6c7d3a3212bc7f10e41e0ab3c9078baeeb182078b57c90ca0f796fa2b
120	01a23734-2b2f-7ea6-9451-24a603faead7	33	a45120c23fd92aef3cbc0e73d2a61551ff0c098fc3e6f06a31b5cd31d46ea6ad	f13d04b7cf1e0acc1961fb6cad0ffe2a3b8fd6ccb52848c58169060119abd034
121	01a23734-2b2f-7ea6-9451-24a603faead7	34	993b3733a451a0874d3159cbd4e1249ab79304ae845baf9de10c07272b9cae72	a45120c23fd92aef3cbc0e73d2a61551ff0c098fc3e6f06a31b5cd31d46ea6ad
122	01a23734-2b2f-7ea6-9451-24a603faead7	35	7e86bb42cc85d147e89f228baeac06cd2f07de71463e7b70b8948734d34fd062	993b3733a451a0874d3159cbd4e1249ab79304ae845baf9de10c07272b9cae72
123	01a23734-2b2f-7ea6-9451-24a603faead7	36	a2d055059a357b4cd6a6a19210997d6a205a5c94ffd0be088efff8abb7b15752	7e86bb42cc85d147e89f228baeac06cd2f07de71463e7b70b8948734d34fd062
124	01a23734-2b2f-7ea6-9451-24a603faead7	37	35ca380955d7a631c997041a6bdfc5f5884c31b41ab53ae6dc35da24f17a21a1	a2d055059a357b4cd6a6a19210997d6a205a5c94ffd0be088efff8abb7b15752
125	01a23734-2b2f-7ea6-9451-24a603faead7	38	1d0f16b5f55afd3f90b407483daa9a0a8b315c3463aec8a08ccab934b8a8268f	35ca380955d7a631c997041a6bdfc5f5884c31b41ab53ae6dc35da24f17a21a1
126	01a23734-2b2f-7ea6-9451-24a603faead7	39	aa220f31cf569fdbd37d3507621d688da1b37d52c854f9913c2068ba5989a50c	1d0f16b5f55afd3f90b407483daa9a0a8b315c3463aec8a08ccab934b8a8268f
127	01a23734-2b2f-7ea6-9451-24a603faead7	40	4f6d227c0a289ffe7be017d6a085bab300ae9864982ff3d448655f773c51c979	aa220f31cf569fdbd37d3507621d688da1b37d52c854f9913c2068ba5989a50c
128	01a23734-2b2f-7ea6-9451-24a603faead7	41	91024a609aaadb371bebecf5c4d752bb928f0a5a6f85c660b5578eeccfd8696f	4f6d227c0a289ffe7be017d6a085bab300ae9864982ff3d448655f773c51c979
129	01a23734-2b2f-7ea6-9451-24a603faead7	42	f443059f3db3fad3167487513cccffd6e9095cc83b7c4b43be1e48ab9dce910b	91024a609aaadb371bebecf5c4d752bb928f0a5a6f85c660b5578eeccfd8696f
130	01a23734-2b2f-7ea6-9451-24a603faead7	43	a775d004fc90be59aa3cf8023a3a413e2859faa9a15f7de50fc7e4a23cff3849	f443059f3db3fad3167487513cccffd6e9095cc83b7c4b43be1e48ab9dce910b
131	01a23734-2b2f-7ea6-9451-24a603faead7	44	8d152dec63ad668555fc3ab9f2df6c2868c746a37714b2d462db5c93b53f2ac8	a775d004fc90be59aa3cf8023a3a413e2859faa9a15f7de50fc7e4a23cff3849
132	01a23734-2b2f-7ea6-9451-24a603faead7	45	3c49be26a06a69d09bd6d3f9a16a537072d528810c11ccb6cf525931de3fc7b8	8d152dec63ad668555fc3ab9f2df6c2868c746a37714b2d462db5c93b53f2ac8
133	01a23734-2b2f-7ea6-9451-24a603faead7	46	120acb15c0c41845f1b033009c68742b99ca53a97a36dcdb869e4484f29225e0	3c49be26a06a69d09bd6d3f9a16a537072d528810c11ccb6cf525931de3fc7b8
134	01a23734-2b2f-7ea6-9451-24a603faead7	47	82a54d508515e19447f7a8f542e8e31fcbdb148c1b69468d721ae56d6cb83fb4	120acb15c0c41845f1b033009c68742b99ca53a97a36dcdb869e4484f29225e0
135	01a23734-2b2f-7ea6-9451-24a603faead7	48	a729b438d68361b4075d48e80602b773721f03f1114658e3ebf691becfa62035	82a54d508515e19447f7a8f542e8e31fcbdb148c1b69468d721ae56d6cb83fb4
136	01a23734-2b2f-7ea6-9451-24a603faead7	49	905cf534fa917f268f6a6e11af115a2d897c29b7556b8742dbc99e77e2305e26	a729b438d68361b4075d48e80602b773721f03f1114658e3ebf691becfa62035
137	01a23734-2b2f-7ea6-9451-24a603faead7	50	510f530dab1e2fd485000b472c3e158e66ed3050aa64b8139c80fb5d4c0093a6	905cf534fa917f268f6a6e11af115a2d897c29b7556b8742dbc99e77e2305e26
138	01a23734-2b2f-7ea6-9451-24a603faead7	51	410784eab4243aa9e589ab99233454c2a59902e5077b8eb2a74b51fcb60dc8f2	510f530dab1e2fd485000b472c3e158e66ed3050aa64b8139c80fb5d4c0093a6
139	01a23734-2b2f-7ea6-9451-24a603faead7	52	4ad9dd16dd8d1793442b19fde7eea3c6df74703d69c14a905eb0cc2682f8cb24	410784eab4243aa9e589ab99233454c2a59902e5077b8eb2a74b51fcb60dc8f2
140	01a23734-2b2f-7ea6-9451-24a603faead7	53	be6d9d5707d49ffc3de5fed1e22c3a374fb3317f2809076ad3752095f86efd7d	4ad9dd16dd8d1793442b19fde7eea3c6df74703d69c14a905eb0cc2682f8cb24
141	01a23734-2b2f-7ea6-9451-24a603faead7	54	3f1a793fdea73655f09a1a7fcd0501ac4d5c7ae9ece31d81a89eeeaea2f0a886	be6d9d5707d49ffc3de5fed1e22c3a374fb3317f2809076ad3752095f86efd7d
142	01a23734-2b2f-7ea6-9451-24a603faead7	55	af93d199e7523dcaec3fd384fa366c3102125ef45260677995ebbbdd6b757e32	3f1a793fdea73655f09a1a7fcd0501ac4d5c7ae9ece31d81a89eeeaea2f0a886
143	01a23734-2b2f-7ea6-9451-24a603faead7	56	685bd5098b01b70e260102bbd4ce843d88e9135c9d8bf6e4ca08e9467d5faa55	af93d199e7523dcaec3fd384fa366c3102125ef45260677995ebbbdd6b757e32
144	01a23734-2b2f-7ea6-9451-24a603faead7	57	ada4af7e7b6fb0332a0f69d42bb8fbf524f1999922dd55dbc4300106ad3fcd2e	685bd5098b01b70e260102bbd4ce843d88e9135c9d8bf6e4ca08e9467d5faa55
145	01a23734-2b2f-7ea6-9451-24a603faead7	58	a241a6fece278461abc5525517e258858fc146f0c10f0d0a34bc3dc5a9ae9832	ada4af7e7b6fb0332a0f69d42bb8fbf524f1999922dd55dbc4300106ad3fcd2e
146	01a23734-2b2f-7ea6-9451-24a603faead7	59	3a927fc38443734815f48e3d6085c8bbfc95ae11d4cbe13952c0254a9c276eaa	a241a6fece278461abc5525517e258858fc146f0c10f0d0a34bc3dc5a9ae9832
147	01a23734-2b2f-7ea6-9451-24a603faead7	60	e107c4eb3fd84df97736d0199040af486c19efacf7e20de82cb589cb4d98d541	3a927fc38443734815f48e3d6085c8bbfc95ae11d4cbe13952c0254a9c276eaa
148	01a23734-2b2f-7ea6-9451-24a603faead7	61	ca6b64b35cbd78df45ab79df341d0d9bb806da329e484fbc89c2b991d1511b70	e107c4eb3fd84df97736d0199040af486c19efacf7e20de82cb589cb4d98d541
149	01a23734-2b2f-7ea6-9451-24a603faead7	62	e96ba3f751cb42669b2412b32957b3d3020e7d75a63e0c69e319d4b17e51f190	ca6b64b35cbd78df45ab79df341d0d9bb806da329e484fbc89c2b991d1511b70
150	01a23734-2b2f-7ea6-9451-24a603faead7	63	ab550bf7dbcb6618a16b35c1ba0d931d643bf522ffea9bb2a6f579d3b1f05e13	e96ba3f751cb42669b2412b32957b3d3020e7d75a63e0c69e319d4b17e51f190
151	01a23734-2b2f-7ea6-9451-24a603faead7	64	027c888c45866ba57af1722f05b4a26969e3575af8a93a0afaa97ab6d4078a31	ab550bf7dbcb6618a16b35c1ba0d931d643bf522ffea9bb2a6f579d3b1f05e13
152	01a23734-2b2f-7ea6-9451-24a603faead7	65	8b345af3f5395aa0a8872a9ae876dc61aea8b914e3795d1a1d1c848a3678135c	027c888c45866ba57af1722f05b4a26969e3575af8a93a0afaa97ab6d4078a31
153	01a23734-2b2f-7ea6-9451-24a603faead7	66	aa7c8cc4a8a25274a8a569f59a1e99f0f63a1b0a80e4d13e08948edf713f3962	8b345af3f5395aa0a8872a9ae876dc61aea8b914e3795d1a1d1c848a3678135c
154	01a23734-2b2f-7ea6-9451-24a603faead7	67	770c7abef0ac83fac877bd3152d491bfd438dc836963787754a8ad8d7fada262	aa7c8cc4a8a25274a8a569f59a1e99f0f63a1b0a80e4d13e08948edf713f3962
155	01a23734-2b2f-7ea6-9451-24a603faead7	68	63c3d8a466ec1b6d409898fc69579daf82ff3fb31544f64e28b7b5129c79d0ed	770c7abef0ac83fac877bd3152d491bfd438dc836963787754a8ad8d7fada262
156	01a23734-2b2f-7ea6-9451-24a603faead7	69	86318dd961125f9cb9f1a171349d2a3eb9267f5bebd88d9d432c9741b6bfa1af	63c3d8a466ec1b6d409898fc69579daf82ff3fb31544f64e28b7b5129c79d0ed
157	01a23734-2b2f-7ea6-9451-24a603faead7	70	f475e3563ec794ecb46a0c02236d170278b913206053f113d71e5975484293c5	86318dd961125f9cb9f1a171349d2a3eb9267f5bebd88d9d432c9741b6bfa1af
158	01a23734-2b2f-7ea6-9451-24a603faead7	71	f97ba184ce496bf6f522d40babf7ec27d1ba1894d493db96646617875d4b6c79	f475e3563ec794ecb46a0c02236d170278b913206053f113d71e5975484293c5
159	01a23734-2b2f-7ea6-9451-24a603faead7	72	904ab6a65f0a16bc2f4c2fd6c096cb079e5b75f840395517dd2e678a10ae0b5a	f97ba184ce496bf6f522d40babf7ec27d1ba1894d493db96646617875d4b6c79
160	01a23734-2b2f-7ea6-9451-24a603faead7	73	1999dd3492483157f9d25875e5bfa2683c5feee3a26316f5f55800dff876784f	904ab6a65f0a16bc2f4c2fd6c096cb079e5b75f840395517dd2e678a10ae0b5a
161	01a23734-2b2f-7ea6-9451-24a603faead7	74	f378affbce84cb5e75bb14f72374307f9b87ed2cde5e4b302f9e86fce5aee64e	1999dd3492483157f9d25875e5bfa2683c5feee3a26316f5f55800dff876784f
162	01a23734-2b2f-7ea6-9451-24a603faead7	75	3f74da23c4322eda0a856e58d19951738376996134d76962d7bdd1b6153de571	f378affbce84cb5e75bb14f72374307f9b87ed2cde5e4b302f9e86fce5aee64e
163	01a23734-2b2f-7ea6-9451-24a603faead7	76	224cc28d6ddd918251f25a942362160740257234cbd6913fc05ae3ac77fae0c2	3f74da23c4322eda0a856e58d19951738376996134d76962d7bdd1b6153de571
164	01a23734-2d4a-7fd3-8024-643200c141b0	1	45a99f1abf1b68f2667b5da96b978fb370803f1174e0e0e17c98e84db4272320	
165	01a23734-2d4a-7fd3-8024-643200c141b0	2	f2ba2ffd25c735f4d8cbdc3143bfc42bc010ae69da3653a5ccafb0629b3f7670	45a99f1abf1b68f2667b5da96b978fb370803f1174e0e0e17c98e84db4272320
166	01a23734-2d4a-7fd3-8024-643200c141b0	3	ccdf02d7c48b8e9927a0dfc44ad1b500fb86ad3df8f1a2ea0e2f21c888182890	f2ba2ffd25c735f4d8cbdc3143bfc42bc010ae69da3653a5ccafb0629b3f7670
167	01a23734-2d4a-7fd3-8024-643200c141b0	4	5a6f317f54a1b058dbf893878275959283bdc0e59c21d1df8cdbb2306be1546f	ccdf02d7c48b8e9927a0dfc44ad1b500fb86ad3df8f1a2ea0e2f21c888182890
168	01a23734-2d4a-7fd3-8024-643200c141b0	5	cd281405c50a4ed241243b00950a68c43b2344fbbcb8b34bc15a89fd53dff44b	5a6f317f54a1b058dbf893878275959283bdc0e59c21d1df8cdbb2306be1546f
169	01a23734-2d4a-7fd3-8024-643200c141b0	6	f9fb8abacf91f08b3a320877fbf66640401159221e00846b2bb1c21a8c51c6ca	cd281405c50a4ed241243b00950a68c43b2344fbbcb8b34bc15a89fd53dff44b
170	01a23734-2d4a-7fd3-8024-643200c141b0	7	93823c7f0e82ea4f9f51f1bfc79a6d6ae0d36c25724a317881f0838521791424	f9fb8abacf91f08b3a320877fbf66640401159221e00846b2bb1c21a8c51c6ca
171	01a23734-2d4a-7fd3-8024-643200c141b0	8	4b511ac162f5ce54d48a82bd2dfc575979c0103b06673da005c64f3c965b70f0	93823c7f0e82ea4f9f51f1bfc79a6d6ae0d36c25724a317881f0838521791424
172	01a23734-2d4a-7fd3-8024-643200c141b0	9	442f9843493987a468cc98c3e85114f09f02b8ce0bc70e15d47f986250e675f4	4b511ac162f5ce54d48a82bd2dfc575979c0103b06673da005c64f3c965b70f0
173	01a23734-2d4a-7fd3-8024-643200c141b0	10	289494b82b6ce1b90319fca3c1a9104505d80fe990b206d4756536f2aa4facb4	442f9843493987a468cc98c3e85114f09f02b8ce0bc70e15d47f986250e675f4
174	01a23734-2d4a-7fd3-8024-643200c141b0	11	5b89b1420a57da6748527a3d11e4bb3bd9060d0574c13759438de233e6de1e0c	289494b82b6ce1b90319fca3c1a9104505d80fe990b206d4756536f2aa4facb4
175	01a23734-2d4a-7fd3-8024-643200c141b0	12	077b9119f7cbc56aabf14859b4e327c3fb845de7341863f7f5834a0df5280657	5b89b1420a57da6748527a3d11e4bb3bd9060d0574c13759438de233e6de1e0c
176	01a23734-2d4a-7fd3-8024-643200c141b0	13	fa7cdd583c95e8573e9e9ec6cb3f8f25b5041097646735aa55dff02e42bba1fd	077b9119f7cbc56aabf14859b4e327c3fb845de7341863f7f5834a0df5280657
177	01a23734-2d4a-7fd3-8024-643200c141b0	14	3739fcad1d9c01e8b38b990d74085029dc49b451d8afcbe4366ddd63242a23d7	fa7cdd583c95e8573e9e9ec6cb3f8f25b5041097646735aa55dff02e42bba1fd
178	01a23734-2d4a-7fd3-8024-643200c141b0	15	3874422c2c8956712b2a6b829a2b72412ec6a80bacfa211deee1b3a1c55bc087	3739fcad1d9c01e8b38b990d74085029dc49b451d8afcbe4366ddd63242a23d7
179	01a23734-2d4a-7fd3-8024-643200c141b0	16	06003b520fc1e687040de583f8d3db653ddb6b1e92e02e6d17b636c8ecb4a8c8	3874422c2c8956712b2a6b829a2b72412ec6a80bacfa211deee1b3a1c55bc087
180	01a23734-2d4a-7fd3-8024-643200c141b0	17	06f076e8457c0803ba2e5109c9af126b30c1d0a328f861c88813bd04269b0ad9	06003b520fc1e687040de583f8d3db653ddb6b1e92e02e6d17b636c8ecb4a8c8
181	01a23734-2d4a-7fd3-8024-643200c141b0	18	86090872a2697766f7ca48b070182e5760e705ae63a1d4cc56977fb2f36c1ed1	06f076e8457c0803ba2e5109c9af126b30c1d0a328f861c88813bd04269b0ad9
182	01a23734-2d4a-7fd3-8024-643200c141b0	19	22717d30605472187cfd39eaeaee583f6a3b67505fcfaee2d5c2160f436d61e2	86090872a2697766f7ca48b070182e5760e705ae63a1d4cc56977fb2f36c1ed1
183	01a23734-2d4a-7fd3-8024-643200c141b0	20	062101b67ed8ddf3dbc7ed1b74f3f85432ad99970ec4364b2e9d431ac69965b5	22717d30605472187cfd39eaeaee583f6a3b67505fcfaee2d5c2160f436d61e2
184	01a23734-2d4a-7fd3-8024-643200c141b0	21	70e945f54b5c92582267dfa73d9accc1fc45172236ed56214b73cd1168c6ff97	062101b67ed8ddf3dbc7ed1b74f3f85432ad99970ec4364b2e9d431ac69965b5
185	01a23734-2d4a-7fd3-8024-643200c141b0	22	399ec30590a5c7caed49360fdb160fd41884c02ee3af486aeb182b6718756ae1	70e945f54b5c92582267dfa73d9accc1fc45172236ed56214b73cd1168c6ff97
186	01a23734-2d4a-7fd3-8024-643200c141b0	23	bf68db5a8585dc85cc70966a99c629a11211d95a3dd370ba9b7db14b40832688	399ec30590a5c7caed49360fdb160fd41884c02ee3af486aeb182b6718756ae1
187	01a23734-2d4a-7fd3-8024-643200c141b0	24	e53dc00d4acaedf65cafc4127230be9b00836dbb2ed7f716ee95d8a3b6a7dd6e	bf68db5a8585dc85cc70966a99c629a11211d95a3dd370ba9b7db14b40832688
188	01a23734-2d4a-7fd3-8024-643200c141b0	25	8e0a0395a0f4cc69f7c4d4f4fd1dea07ae5867a0bc9595a8653734683507712d	e53dc00d4acaedf65cafc4127230be9b00836dbb2ed7f716ee95d8a3b6a7dd6e
189	01a23734-2d4a-7fd3-8024-643200c141b0	26	1acad682967ddd2f2337e5db769b5451f640e83fe0393e978841626c087ce837	8e0a0395a0f4cc69f7c4d4f4fd1dea07ae5867a0bc9595a8653734683507712d
190	01a23734-2d4a-7fd3-8024-643200c141b0	27	1449fb5489c746b85a25aa46fe228f3e3428d92e85943d2a087803e69d9497c8	1acad682967ddd2f2337e5db769b5451f640e83fe0393e978841626c087ce837
191	01a23734-2d4a-7fd3-8024-643200c141b0	28	334d4906818131ab102f47c4da6a2f3b004dd78a9a2124b196137c8f2241cf1d	1449fb5489c746b85a25aa46fe228f3e3428d92e85943d2a087803e69d9497c8
192	01a23734-2d4a-7fd3-8024-643200c141b0	29	74551b67e49c57c339642ade751656efbf134879600acb4afca6946727e445b4	334d4906818131ab102f47c4da6a2f3b004dd78a9a2124b196137c8f2241cf1d
193	01a23734-2d4a-7fd3-8024-643200c141b0	30	4c02d1b4563a838fc6d7620defad2ab3b75ba8e0e1d120569ced858355badfc3	74551b67e49c57c339642ade751656efbf134879600acb4afca6946727e445b4
194	01a23734-2d4a-7fd3-8024-643200c141b0	31	33f0613f82c9ead16a2538ac4723dafd3d3e1edb4ee92a09d11bcdb24896e3b9	4c02d1b4563a838fc6d7620defad2ab3b75ba8e0e1d120569ced858355badfc3
195	01a23734-2d4a-7fd3-8024-643200c141b0	32	59446f2dfd814772f7da63008f9a5397ba7e6e1628a6494a7d6e29f8d80457a4	33f0613f82c9ead16a2538ac4723dafd3d3e1edb4ee92a09d11bcdb24896e3b9
196	01a23734-2d4a-7fd3-8024-643200c141b0	33	c152ef570a07d54cea9672064ffa2caef940c47b73effd75022d6149506261c3	59446f2dfd814772f7da63008f9a5397ba7e6e1628a6494a7d6e29f8d80457a4
197	01a23734-2d4a-7fd3-8024-643200c141b0	34	bb175d6abe959debbf7379e1620aa37c0691bce2a3d937181ec5cbb18b79787e	c152ef570a07d54cea9672064ffa2caef940c47b73effd75022d6149506261c3
198	01a23734-2d4a-7fd3-8024-643200c141b0	35	03a237b58a050c2f4fff6c7774ed5db57e4307e036a25892e41483b7051ac678	bb175d6abe959debbf7379e1620aa37c0691bce2a3d937181ec5cbb18b79787e
199	01a23734-2d4a-7fd3-8024-643200c141b0	36	360eed27f133bbc55b96dc56a858b636005d1072c59be73bf409ba2fe68040e4	03a237b58a050c2f4fff6c7774ed5db57e4307e036a25892e41483b7051ac678
200	01a23734-2d4a-7fd3-8024-643200c141b0	37	7497aa595ab1bfd2f149a3d79841a27a72ef01c5713ee1f184c8b48d24673517	360eed27f133bbc55b96dc56a858b636005d1072c59be73bf409ba2fe68040e4
201	01a23734-2d4a-7fd3-8024-643200c141b0	38	9bad4768c2b73a9170bf77a4725823807022a28aa3057e1a44c388b7095c6e67	7497aa595ab1bfd2f149a3d79841a27a72ef01c5713ee1f184c8b48d24673517
202	01a23734-2d4a-7fd3-8024-643200c141b0	39	7e416c1d343292cdd71d6b2ddf4d33802d8a84986d7aad59a1db0d8951aba2b0	9bad4768c2b73a9170bf77a4725823807022a28aa3057e1a44c388b7095c6e67
203	01a23734-2d4a-7fd3-8024-643200c141b0	40	e9eb07337f31d96ba0ae3e80db7d7bb32fc9590b2babbdf1e57d9ed02e6c6123	7e416c1d343292cdd71d6b2ddf4d33802d8a84986d7aad59a1db0d8951aba2b0
204	01a23734-2d4a-7fd3-8024-643200c141b0	41	e62034a4e8e07276cb73aee08bc7ac6bb76f07631effcef3413d9f2ce6675f21	e9eb07337f31d96ba0ae3e80db7d7bb32fc9590b2babbdf1e57d9ed02e6c6123
205	01a23734-2d4a-7fd3-8024-643200c141b0	42	3e6693273c42a2fcbb6ca4e577af22d7dbb8d20c01a83bac35c63399dbc385db	e62034a4e8e07276cb73aee08bc7ac6bb76f07631effcef3413d9f2ce6675f21
206	01a23734-2d4a-7fd3-8024-643200c141b0	43	dc479de3398d47a01369197167d31fa4cdf16957c7004b603f0c58925ac387f8	3e6693273c42a2fcbb6ca4e577af22d7dbb8d20c01a83bac35c63399dbc385db
207	01a23734-2d4a-7fd3-8024-643200c141b0	44	8e85fa0dcf0c2238ebb20c499de4a1ffb7009f57eaa01b2157cb95d989adc60c	dc479de3398d47a01369197167d31fa4cdf16957c7004b603f0c58925ac387f8
208	01a23734-2d4a-7fd3-8024-643200c141b0	45	faf75f7e12a50d1f087c59f0f3c646b1f6f8e7ec18b5fe09f7c874a3931f4f2d	8e85fa0dcf0c2238ebb20c499de4a1ffb7009f57eaa01b2157cb95d989adc60c
209	01a23734-2d4a-7fd3-8024-643200c141b0	46	809af93123d407a94b36fb01797bc4516bc65afd6e678569e102afa1dc21e871	faf75f7e12a50d1f087c59f0f3c646b1f6f8e7ec18b5fe09f7c874a3931f4f2d
210	01a23734-2d4a-7fd3-8024-643200c141b0	47	2cd382147a22c0f8fbd7e10da6552633df0e5d4fa1bc6f2d06f99829c9137f81	809af93123d407a94b36fb01797bc4516bc65afd6e678569e102afa1dc21e871
211	01a23734-2d4a-7fd3-8024-643200c141b0	48	7aa65bc6db8de05a95f806d6513f11892bff1f3524993a790dd8917f5f4199b9	2cd382147a22c0f8fbd7e10da6552633df0e5d4fa1bc6f2d06f99829c9137f81
212	01a23734-2d4a-7fd3-8024-643200c141b0	49	2c4400b44d742295a6d3a97ffa7475275fb5dd351c9bcef6b9e9e386fcbb76fe	7aa65bc6db8de05a95f806d6513f11892bff1f3524993a790dd8917f5f4199b9
213	01a23734-2d4a-7fd3-8024-643200c141b0	50	2d323bad45c2889ebb8ff8eab736d1ae30db6a2fc17712b63a524de196129c08	2c4400b44d742295a6d3a97ffa7475275fb5dd351c9bcef6b9e9e386fcbb76fe
214	01a23734-2d4a-7fd3-8024-643200c141b0	51	1a849b2619de51f035f11c0639da959f4e9b9e5bb66d4af44da0e460e2e3e261	2d323bad45c2889ebb8ff8eab736d1ae30db6a2fc17712b63a524de196129c08
215	01a23734-2d4a-7fd3-8024-643200c141b0	52	85d3959c11baddcd3b0266d409e90f1f6be567206bd4adcf9d005271eb979103	1a849b2619de51f035f11c0639da959f4e9b9e5bb66d4af44da0e460e2e3e261
216	01a23734-2d4a-7fd3-8024-643200c141b0	53	9ccb83efa4e6c2de45da1c132587e6fa16531b6c694b2b426171be8c1d8ddb76	85d3959c11baddcd3b0266d409e90f1f6be567206bd4adcf9d005271eb979103
217	01a23734-2d4a-7fd3-8024-643200c141b0	54	39ae305661219052a116d32d93052c8d5b7f2bdf4cf5b0178ddb09b2f0e1ec09	9ccb83efa4e6c2de45da1c132587e6fa16531b6c694b2b426171be8c1d8ddb76
218	01a23734-2d4a-7fd3-8024-643200c141b0	55	5dcbf192b240ce12b01dc1a90e6bc9830d5ba8241ac475d1e57c20fcef85b09b	39ae305661219052a116d32d93052c8d5b7f2bdf4cf5b0178ddb09b2f0e1ec09
219	01a23734-2d4a-7fd3-8024-643200c141b0	56	79aa124b13e2941178576fc0412df33cb6defd7b2155f08a063330550126d672	5dcbf192b240ce12b01dc1a90e6bc9830d5ba8241ac475d1e57c20fcef85b09b
220	01a23734-2d4a-7fd3-8024-643200c141b0	57	363349800d57fda181ba9b6c077c2c6397fac3d57de9f7eb09b6fc4793cea5d5	79aa124b13e2941178576fc0412df33cb6defd7b2155f08a063330550126d672
221	01a23734-2d4a-7fd3-8024-643200c141b0	58	63dbc7cb02e116e00d546d51c06d372d17fb6bd4001fcc23f9ad7f984e2a1630	363349800d57fda181ba9b6c077c2c6397fac3d57de9f7eb09b6fc4793cea5d5
222	01a23734-2d4a-7fd3-8024-643200c141b0	59	52ee32833c03ea3a71a50bf652b1c184b6952092557d365d900de13b6a692cc8	63dbc7cb02e116e00d546d51c06d372d17fb6bd4001fcc23f9ad7f984e2a1630
223	01a23734-2d4a-7fd3-8024-643200c141b0	60	cfe68b7e4c64868069897cc7321daf53ebdf0e888f4b90c3a4bff214d2c8ea39	52ee32833c03ea3a71a50bf652b1c184b6952092557d365d900de13b6a692cc8
224	01a23734-2d4a-7fd3-8024-643200c141b0	61	0ae4367321920b08161d438228c674607c5ed1ba67c2a5540af4b1d730eb2445	cfe68b7e4c64868069897cc7321daf53ebdf0e888f4b90c3a4bff214d2c8ea39
225	01a23734-2d4a-7fd3-8024-643200c141b0	62	bfef6cc4a777f998a21fefdd5e04053f11b34230fcb939879f06d5746f64e488	0ae4367321920b08161d438228c674607c5ed1ba67c2a5540af4b1d730eb2445
226	01a23734-2d4a-7fd3-8024-643200c141b0	63	da5ca89c314f3790e40523dc4c6263b7ed4ae30c3bca6e28684606535c72513c	bfef6cc4a777f998a21fefdd5e04053f11b34230fcb939879f06d5746f64e488
227	01a23734-2d4a-7fd3-8024-643200c141b0	64	3788fe17f82af4989b32849d7c46e82477350ae8de9b9b903fe4632dfca84b77	da5ca89c314f3790e40523dc4c6263b7ed4ae30c3bca6e28684606535c72513c
228	01a23734-2d4a-7fd3-8024-643200c141b0	65	09c37ec6e2acd6e8e25e5f7c1954da3bc43dc8847c0e34a16e3ebd0814509564	3788fe17f82af4989b32849d7c46e82477350ae8de9b9b903fe4632dfca84b77
229	01a23734-2d4a-7fd3-8024-643200c141b0	66	598caaacf885f9bc729347097803fde70bb664d0b6ed5ceb934f6a1aa3ea7c6e	09c37ec6e2acd6e8e25e5f7c1954da3bc43dc8847c0e34a16e3ebd0814509564
230	01a23734-2d4a-7fd3-8024-643200c141b0	67	d95ad28261c19258faf749b1f3071fe95d294bac134acdf24b0157197bbdea5c	598caaacf885f9bc729347097803fde70bb664d0b6ed5ceb934f6a1aa3ea7c6e
231	01a23734-2d4a-7fd3-8024-643200c141b0	68	be6a87718058898131ccb41ad14fd942130ea28caece039f3e35812038416f86	d95ad28261c19258faf749b1f3071fe95d294bac134acdf24b0157197bbdea5c
232	01a23734-2d4a-7fd3-8024-643200c141b0	69	7083565b7f9f94c941313beadab3b03701762eb2e72215f13c5f17e7e39987d7	be6a87718058898131ccb41ad14fd942130ea28caece039f3e35812038416f86
233	01a23734-2d4a-7fd3-8024-643200c141b0	70	0cbe955e860c7c6b7b75f62acbf6430c928fb963ae79f160e74b381c8590d0d9	7083565b7f9f94c941313beadab3b03701762eb2e72215f13c5f17e7e39987d7
234	01a23734-2d4a-7fd3-8024-643200c141b0	71	7bed1286957f97d4e0c91613a16b8674a8794d1d97c778a57464b1d3a0c97375	0cbe955e860c7c6b7b75f62acbf6430c928fb963ae79f160e74b381c8590d0d9
235	01a23734-2d4a-7fd3-8024-643200c141b0	72	f59ee6877156a0529ec78950312b55436af5ca86d8647f764751863e48b2685d	7bed1286957f97d4e0c91613a16b8674a8794d1d97c778a57464b1d3a0c97375
236	01a23734-2d4a-7fd3-8024-643200c141b0	73	d9bba4c5d8d3dfd0cf57db1cf345f3ffb9b0f750782e3bf756935cc2c747a649	f59ee6877156a0529ec78950312b55436af5ca86d8647f764751863e48b2685d
237	01a23734-2d4a-7fd3-8024-643200c141b0	74	6ca248a5a44a14f4074e76599f36f30e5d6f52d3e5002519603686bb213b4058	d9bba4c5d8d3dfd0cf57db1cf345f3ffb9b0f750782e3bf756935cc2c747a649
238	01a23734-f797-74bd-bd8e-a5deba56b7a2	1	ba66d26fdd81d858369cbdba5f7ddeca11218017b7bb71471cd8c56c38ade852	
\.


--
-- Data for Name: mt_doc_appuser; Type: TABLE DATA; Schema: keurmerk; Owner: -
--

COPY keurmerk.mt_doc_appuser (id, data, mt_last_modified, mt_version, mt_dotnet_type) FROM stdin;
01a23734-1258-7aba-aa71-f25d68b620de	{"Id": "01a23734-1258-7aba-aa71-f25d68b620de", "Email": "werkgever@korrel.demo", "Roles": ["Employer"], "UserName": "werkgever@korrel.demo", "DisplayName": "Sanne de Vries (Bakkerij De Korrel)", "PasswordHash": "AQAAAAIAAYagAAAAECvvxoBe7TRGlY6B0Foa2Q1Loq1YSzlNs93KDkM2uZPRcRwGb9Wrn5cfUPAci9ScRg==", "SecurityStamp": "KEDSQK3NWP5CTWUGW4HU2KLZP3OXSAHU", "EmailConfirmed": true, "OrganisationId": "01a23734-109b-7c35-af44-b8481670a652", "NormalizedEmail": "WERKGEVER@KORREL.DEMO", "NormalizedUserName": "WERKGEVER@KORREL.DEMO"}	2026-12-02 14:41:29.679147+00	01a23734-144a-43c2-8007-39e973ff6c15	Keurmerk.Audits.Users.AppUser
01a23734-1464-7535-8d21-ebc7b9aa9a90	{"Id": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Email": "beoordelaar@elbho.demo", "Roles": ["Assessor"], "UserName": "beoordelaar@elbho.demo", "DisplayName": "Ahmed Bakker (ELBHO)", "PasswordHash": "AQAAAAIAAYagAAAAECZPsbD9jKkYnzJi+tjKn32y61m1MAsZwjW4T7rF7iELNUXGrKBitCbGRstjJzLQKw==", "SecurityStamp": "7ETDAYEFIJCLF5PJFJ2ZJSAG2ZCRQ7GM", "EmailConfirmed": true, "OrganisationId": null, "NormalizedEmail": "BEOORDELAAR@ELBHO.DEMO", "NormalizedUserName": "BEOORDELAAR@ELBHO.DEMO"}	2026-12-02 14:41:29.994908+00	01a23734-1585-4769-a4e4-4c2027aed644	Keurmerk.Audits.Users.AppUser
01a23734-159a-747f-b7e4-d2b57a606b1b	{"Id": "01a23734-159a-747f-b7e4-d2b57a606b1b", "Email": "beoordelaar2@elbho.demo", "Roles": ["Assessor"], "UserName": "beoordelaar2@elbho.demo", "DisplayName": "Lotte Jansen (ELBHO)", "PasswordHash": "AQAAAAIAAYagAAAAEEbDUwEvgyQeYULcGrsDu24JNc805vDzmdMlPlylLYj9fd+bEdMBaY7Pj7YhBaopzg==", "SecurityStamp": "EPL423SWAAO5HK7TPXGUE5LSM3GXKEBT", "EmailConfirmed": true, "OrganisationId": null, "NormalizedEmail": "BEOORDELAAR2@ELBHO.DEMO", "NormalizedUserName": "BEOORDELAAR2@ELBHO.DEMO"}	2026-12-02 14:41:30.194931+00	01a23734-164c-4b10-8ad8-faa0a5d68755	Keurmerk.Audits.Users.AppUser
01a23734-1668-72b0-8ffd-97bab0582ead	{"Id": "01a23734-1668-72b0-8ffd-97bab0582ead", "Email": "beoordelaar3@elbho.demo", "Roles": ["Assessor"], "UserName": "beoordelaar3@elbho.demo", "DisplayName": "Youssef El Idrissi (ELBHO)", "PasswordHash": "AQAAAAIAAYagAAAAEJYFrN1fzQ6dGZCRMB4kBvSlq518td7ETrl2vaM7x4IPXm53Xb0KCr/DQRQIag7Jng==", "SecurityStamp": "6ZV3NYYL6LSNY4JTSIF7UL4KOWZZ6IVK", "EmailConfirmed": true, "OrganisationId": null, "NormalizedEmail": "BEOORDELAAR3@ELBHO.DEMO", "NormalizedUserName": "BEOORDELAAR3@ELBHO.DEMO"}	2026-12-02 14:41:30.624506+00	01a23734-17ff-4d6b-a11c-97fb58ae5951	Keurmerk.Audits.Users.AppUser
01a23734-181a-7c68-bcab-7ba4a38455a5	{"Id": "01a23734-181a-7c68-bcab-7ba4a38455a5", "Email": "stagebureau@hhs.demo", "Roles": ["School"], "UserName": "stagebureau@hhs.demo", "DisplayName": "Stagebureau De Haagse Hogeschool", "PasswordHash": "AQAAAAIAAYagAAAAEOSrNtH5sUKHtaHTiws4LXgqNNgO9iq85LawoBorTUVX6h3Y3NLm0rTFKtzNxgm1GA==", "SecurityStamp": "W3LWDVENTNA4FO7TQZTVQVWV4T2RXVZR", "EmailConfirmed": true, "OrganisationId": null, "NormalizedEmail": "STAGEBUREAU@HHS.DEMO", "NormalizedUserName": "STAGEBUREAU@HHS.DEMO"}	2026-12-02 14:41:31.10195+00	01a23734-19dd-4a3f-a026-f498cd28dc9c	Keurmerk.Audits.Users.AppUser
01a23734-19f3-776b-8b13-76f52f2ff8af	{"Id": "01a23734-19f3-776b-8b13-76f52f2ff8af", "Email": "beheer@keurmerk.demo", "Roles": ["Admin"], "UserName": "beheer@keurmerk.demo", "DisplayName": "Beheer Keurmerk", "PasswordHash": "AQAAAAIAAYagAAAAEK/0yBbrgJIRf/LdNqQaX+Tw+/mCDPtT3pD8leNpQrpdmGYSUrIg9frmucTRoJ0Tyw==", "SecurityStamp": "WU6XFTRFTDMJESWVNGZSVNNXTFXDRMY5", "EmailConfirmed": true, "OrganisationId": null, "NormalizedEmail": "BEHEER@KEURMERK.DEMO", "NormalizedUserName": "BEHEER@KEURMERK.DEMO"}	2026-12-02 14:41:31.516408+00	01a23734-1b7b-4e4a-a45a-e7c3c6d6f013	Keurmerk.Audits.Users.AppUser
\.


--
-- Data for Name: mt_doc_assessmentdetails; Type: TABLE DATA; Schema: keurmerk; Owner: -
--

COPY keurmerk.mt_doc_assessmentdetails (id, data, mt_last_modified, mt_dotnet_type, mt_version) FROM stdin;
01a23734-1c65-7b2a-86de-5a565a0821de	{"Id": "01a23734-1c65-7b2a-86de-5a565a0821de", "City": "Den Haag", "Round": 1, "Sector": "horeca", "Status": "Draft", "Answers": {"REC-01": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "PreviousValue": null}, "REC-02": {"Round": 1, "Value": "always", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "PreviousValue": null}, "REC-03": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "PreviousValue": null}, "REC-04": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "PreviousValue": null}, "REC-05": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "PreviousValue": null}, "REC-07": {"Round": 1, "Value": "recorded-and-explained", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "PreviousValue": null}, "REP-01": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "PreviousValue": null}, "REP-02": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "PreviousValue": null}, "REP-03": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "PreviousValue": null}, "REP-04": {"Round": 1, "Value": "within-one-week", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "PreviousValue": null}, "REP-05": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "PreviousValue": null}, "REP-06": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "PreviousValue": null}, "REP-07": {"Round": 1, "Value": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "PreviousValue": null}}, "Flagged": [], "Version": 14, "Comments": [], "Decision": null, "Evidence": [], "Standard": "haagse-stagestandaard", "KvkNumber": "12345678", "RenewalId": null, "RenewalOf": null, "SizeClass": "Small", "StartedAt": "2026-12-02T14:41:28.7315021+00:00", "ValidFrom": null, "Judgements": {}, "ReviewerId": null, "ValidUntil": null, "NewCriteria": [], "SubmittedAt": null, "AnswerValues": {"REC-01": "yes", "REC-02": "always", "REC-03": "yes", "REC-04": "yes", "REC-05": "yes", "REC-07": "recorded-and-explained", "REP-01": "yes", "REP-02": "yes", "REP-03": "yes", "REP-04": "within-one-week", "REP-05": "yes", "REP-06": "yes", "REP-07": "Elke melding bespreken we binnen twee weken met de stagiair en de school."}, "ScorePercent": 0, "LastChangedAt": "2026-12-02T14:41:28.7315021+00:00", "ChangesMessage": null, "OrganisationId": "01a23734-109b-7c35-af44-b8481670a652", "Recommendation": null, "ChangedCriteria": [], "CriteriaVersion": 1, "OrganisationName": "Bakkerij De Korrel", "CertificateNumber": null, "CriteriaWithEvidence": []}	2026-12-02 14:41:33.992535+00	Keurmerk.Audits.Assessments.AssessmentDetails	14
01a23734-2598-7d15-b31f-fea8f4b89b5b	{"Id": "01a23734-2598-7d15-b31f-fea8f4b89b5b", "City": "Den Haag", "Round": 1, "Sector": "techniek", "Status": "Certified", "Answers": {"COM-01": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "COM-02": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "COM-03": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "COM-04": {"Round": 1, "Value": "active-contribution", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "COM-05": {"Round": 1, "Value": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "COM-06": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "REC-01": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "REC-02": {"Round": 1, "Value": "always", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "REC-03": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "REC-04": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "REC-05": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "REC-07": {"Round": 1, "Value": "recorded-and-explained", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "REP-01": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "REP-02": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "REP-03": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "REP-04": {"Round": 1, "Value": "within-one-week", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "REP-05": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "REP-06": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "REP-07": {"Round": 1, "Value": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "SUP-01": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "SUP-02": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "SUP-03": {"Round": 1, "Value": "every-two-weeks", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "SUP-04": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "SUP-05": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "SUP-06": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "TRN-01": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "TRN-02": {"Round": 1, "Value": "twice-a-year-or-more", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "TRN-03": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "TRN-04": {"Round": 1, "Value": "every-year", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}, "TRN-05": {"Round": 1, "Value": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "PreviousValue": null}}, "Flagged": [], "Version": 73, "Comments": [], "Decision": {"Approved": true, "DecidedAt": "2026-11-11T14:41:34.025813+00:00", "DecidedBy": "01a23734-159a-747f-b7e4-d2b57a606b1b", "Motivation": "Advies overgenomen: voldoet aan de standaard."}, "Evidence": [{"Round": 1, "FileName": "bewijs-REC-01.pdf", "AttachedAt": "2026-10-13T14:41:34.025813+00:00", "EvidenceId": "01a23734-25c3-71c9-9b72-2b9967e8a649", "ContentType": "application/pdf", "CriterionId": "REC-01", "SizeInBytes": 40}, {"Round": 1, "FileName": "bewijs-REP-01.pdf", "AttachedAt": "2026-10-13T14:41:34.025813+00:00", "EvidenceId": "01a23734-25c5-7387-95d7-ce6e7ed7fb63", "ContentType": "application/pdf", "CriterionId": "REP-01", "SizeInBytes": 40}, {"Round": 1, "FileName": "bewijs-REP-02.pdf", "AttachedAt": "2026-10-13T14:41:34.025813+00:00", "EvidenceId": "01a23734-25c5-78c4-8852-63bdd505702b", "ContentType": "application/pdf", "CriterionId": "REP-02", "SizeInBytes": 40}, {"Round": 1, "FileName": "bewijs-TRN-01.pdf", "AttachedAt": "2026-10-13T14:41:34.025813+00:00", "EvidenceId": "01a23734-25c5-7393-84cf-504a972e3d48", "ContentType": "application/pdf", "CriterionId": "TRN-01", "SizeInBytes": 40}, {"Round": 1, "FileName": "bewijs-SUP-05.pdf", "AttachedAt": "2026-10-13T14:41:34.025813+00:00", "EvidenceId": "01a23734-25c5-7a9a-ac00-1dce19022a79", "ContentType": "application/pdf", "CriterionId": "SUP-05", "SizeInBytes": 40}, {"Round": 1, "FileName": "bewijs-COM-01.pdf", "AttachedAt": "2026-10-13T14:41:34.025813+00:00", "EvidenceId": "01a23734-25c5-7c89-bea3-763550607ab1", "ContentType": "application/pdf", "CriterionId": "COM-01", "SizeInBytes": 40}, {"Round": 1, "FileName": "bewijs-COM-02.pdf", "AttachedAt": "2026-10-13T14:41:34.025813+00:00", "EvidenceId": "01a23734-25c5-7f44-9ba4-8d2a31a2856f", "ContentType": "application/pdf", "CriterionId": "COM-02", "SizeInBytes": 40}], "Standard": "haagse-stagestandaard", "KvkNumber": "27418530", "RenewalId": null, "RenewalOf": null, "SizeClass": "Medium", "StartedAt": "2026-10-12T14:41:34.025813+00:00", "ValidFrom": "2026-11-11", "Judgements": {"COM-01": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "COM-02": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "COM-03": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "COM-04": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "COM-05": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "COM-06": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REC-01": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REC-02": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REC-03": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REC-04": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REC-05": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REC-07": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REP-01": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REP-02": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REP-03": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REP-04": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REP-05": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REP-06": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REP-07": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "SUP-01": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "SUP-02": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "SUP-03": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "SUP-04": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "SUP-05": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "SUP-06": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "TRN-01": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "TRN-02": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "TRN-03": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "TRN-04": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "TRN-05": {"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}}, "ReviewerId": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "ValidUntil": "2028-11-10", "NewCriteria": [], "SubmittedAt": "2026-10-14T14:41:34.025813+00:00", "AnswerValues": {"COM-01": "yes", "COM-02": "yes", "COM-03": "yes", "COM-04": "active-contribution", "COM-05": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "COM-06": "yes", "REC-01": "yes", "REC-02": "always", "REC-03": "yes", "REC-04": "yes", "REC-05": "yes", "REC-07": "recorded-and-explained", "REP-01": "yes", "REP-02": "yes", "REP-03": "yes", "REP-04": "within-one-week", "REP-05": "yes", "REP-06": "yes", "REP-07": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "SUP-01": "yes", "SUP-02": "yes", "SUP-03": "every-two-weeks", "SUP-04": "yes", "SUP-05": "yes", "SUP-06": "yes", "TRN-01": "yes", "TRN-02": "twice-a-year-or-more", "TRN-03": "yes", "TRN-04": "every-year", "TRN-05": "Elke melding bespreken we binnen twee weken met de stagiair en de school."}, "ScorePercent": 100, "LastChangedAt": "2026-11-11T14:41:34.025813+00:00", "ChangesMessage": null, "OrganisationId": "01a23734-2568-776e-9354-18e35a0abbc3", "Recommendation": {"Motivation": "Alle criteria zijn aantoonbaar op orde; goedkeuren.", "RecommendedAt": "2026-11-05T14:41:34.025813+00:00", "RecommendedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Recommendation": "Approve"}, "ChangedCriteria": [], "CriteriaVersion": 1, "OrganisationName": "Installatietechniek Hofstad B.V.", "CertificateNumber": "HSS-2026-00001", "CriteriaWithEvidence": ["REC-01", "REP-01", "REP-02", "TRN-01", "SUP-05", "COM-01", "COM-02"]}	2026-12-02 14:41:35.461976+00	Keurmerk.Audits.Assessments.AssessmentDetails	73
01a23734-2b2f-7ea6-9451-24a603faead7	{"Id": "01a23734-2b2f-7ea6-9451-24a603faead7", "City": "Delft", "Round": 1, "Sector": "zorg", "Status": "Suspended", "Answers": {"COM-01": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "COM-02": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "COM-03": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "COM-04": {"Round": 1, "Value": "active-contribution", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "COM-05": {"Round": 1, "Value": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "COM-06": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "COM-07": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "REC-01": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "REC-02": {"Round": 1, "Value": "always", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "REC-03": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "REC-04": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "REC-05": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "REC-06": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "REC-07": {"Round": 1, "Value": "recorded-and-explained", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "REP-01": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "REP-02": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "REP-04": {"Round": 1, "Value": "within-one-week", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "REP-05": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "REP-06": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "REP-07": {"Round": 1, "Value": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "SUP-01": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "SUP-02": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "SUP-03": {"Round": 1, "Value": "every-two-weeks", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "SUP-04": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "SUP-05": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "SUP-06": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "TRN-01": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "TRN-02": {"Round": 1, "Value": "twice-a-year-or-more", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "TRN-03": {"Round": 1, "Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "TRN-04": {"Round": 1, "Value": "every-year", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}, "TRN-05": {"Round": 1, "Value": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "PreviousValue": null}}, "Flagged": [], "Version": 76, "Comments": [], "Decision": {"Approved": true, "DecidedAt": "2026-07-02T14:41:34.025813+00:00", "DecidedBy": "01a23734-159a-747f-b7e4-d2b57a606b1b", "Motivation": "Advies overgenomen: voldoet aan de standaard."}, "Evidence": [{"Round": 1, "FileName": "bewijs-REC-01.pdf", "AttachedAt": "2026-06-03T14:41:34.025813+00:00", "EvidenceId": "01a23734-2b43-7001-ac26-92802fb90313", "ContentType": "application/pdf", "CriterionId": "REC-01", "SizeInBytes": 40}, {"Round": 1, "FileName": "bewijs-REP-01.pdf", "AttachedAt": "2026-06-03T14:41:34.025813+00:00", "EvidenceId": "01a23734-2b43-73ea-a67f-7370f1c03ee9", "ContentType": "application/pdf", "CriterionId": "REP-01", "SizeInBytes": 40}, {"Round": 1, "FileName": "bewijs-REP-02.pdf", "AttachedAt": "2026-06-03T14:41:34.025813+00:00", "EvidenceId": "01a23734-2b43-7694-a533-d389ed8c7d68", "ContentType": "application/pdf", "CriterionId": "REP-02", "SizeInBytes": 40}, {"Round": 1, "FileName": "bewijs-TRN-01.pdf", "AttachedAt": "2026-06-03T14:41:34.025813+00:00", "EvidenceId": "01a23734-2b43-7d72-87c1-29d1b2fcfd4f", "ContentType": "application/pdf", "CriterionId": "TRN-01", "SizeInBytes": 40}, {"Round": 1, "FileName": "bewijs-SUP-05.pdf", "AttachedAt": "2026-06-03T14:41:34.025813+00:00", "EvidenceId": "01a23734-2b43-785c-811e-ca39854f003e", "ContentType": "application/pdf", "CriterionId": "SUP-05", "SizeInBytes": 40}, {"Round": 1, "FileName": "bewijs-COM-01.pdf", "AttachedAt": "2026-06-03T14:41:34.025813+00:00", "EvidenceId": "01a23734-2b43-7790-bdd6-e9179f525b31", "ContentType": "application/pdf", "CriterionId": "COM-01", "SizeInBytes": 40}, {"Round": 1, "FileName": "bewijs-COM-02.pdf", "AttachedAt": "2026-06-03T14:41:34.025813+00:00", "EvidenceId": "01a23734-2b43-774e-bc45-fc6285b9b0b4", "ContentType": "application/pdf", "CriterionId": "COM-02", "SizeInBytes": 40}], "Standard": "haagse-stagestandaard", "KvkNumber": "41159862", "RenewalId": null, "RenewalOf": null, "SizeClass": "Large", "StartedAt": "2026-06-02T14:41:34.025813+00:00", "ValidFrom": "2026-07-02", "Judgements": {"COM-01": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "COM-02": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "COM-03": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "COM-04": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "COM-05": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "COM-06": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "COM-07": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REC-01": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REC-02": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REC-03": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REC-04": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REC-05": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REC-06": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REC-07": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REP-01": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REP-02": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REP-04": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REP-05": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REP-06": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REP-07": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "SUP-01": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "SUP-02": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "SUP-03": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "SUP-04": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "SUP-05": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "SUP-06": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "TRN-01": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "TRN-02": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "TRN-03": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "TRN-04": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "TRN-05": {"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}}, "ReviewerId": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "ValidUntil": "2028-07-01", "NewCriteria": [], "SubmittedAt": "2026-06-04T14:41:34.025813+00:00", "AnswerValues": {"COM-01": "yes", "COM-02": "yes", "COM-03": "yes", "COM-04": "active-contribution", "COM-05": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "COM-06": "yes", "COM-07": "yes", "REC-01": "yes", "REC-02": "always", "REC-03": "yes", "REC-04": "yes", "REC-05": "yes", "REC-06": "yes", "REC-07": "recorded-and-explained", "REP-01": "yes", "REP-02": "yes", "REP-04": "within-one-week", "REP-05": "yes", "REP-06": "yes", "REP-07": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "SUP-01": "yes", "SUP-02": "yes", "SUP-03": "every-two-weeks", "SUP-04": "yes", "SUP-05": "yes", "SUP-06": "yes", "TRN-01": "yes", "TRN-02": "twice-a-year-or-more", "TRN-03": "yes", "TRN-04": "every-year", "TRN-05": "Elke melding bespreken we binnen twee weken met de stagiair en de school."}, "ScorePercent": 100, "LastChangedAt": "2026-11-29T14:41:34.025813+00:00", "ChangesMessage": null, "OrganisationId": "01a23734-2b0f-76c8-8cba-2455c106baa8", "Recommendation": {"Motivation": "Alle criteria zijn aantoonbaar op orde; goedkeuren.", "RecommendedAt": "2026-06-26T14:41:34.025813+00:00", "RecommendedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Recommendation": "Approve"}, "ChangedCriteria": [], "CriteriaVersion": 1, "OrganisationName": "Zorggroep Vlietstede", "CertificateNumber": "HSS-2026-00002", "CriteriaWithEvidence": ["REC-01", "REP-01", "REP-02", "TRN-01", "SUP-05", "COM-01", "COM-02"]}	2026-12-02 14:41:36.039325+00	Keurmerk.Audits.Assessments.AssessmentDetails	76
01a23734-2d4a-7fd3-8024-643200c141b0	{"Id": "01a23734-2d4a-7fd3-8024-643200c141b0", "City": "Zoetermeer", "Round": 1, "Sector": "grafisch", "Status": "Expired", "Answers": {"COM-01": {"Round": 1, "Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "COM-02": {"Round": 1, "Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "COM-03": {"Round": 1, "Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "COM-04": {"Round": 1, "Value": "active-contribution", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "COM-05": {"Round": 1, "Value": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "COM-06": {"Round": 1, "Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "REC-01": {"Round": 1, "Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "REC-02": {"Round": 1, "Value": "always", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "REC-03": {"Round": 1, "Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "REC-04": {"Round": 1, "Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "REC-05": {"Round": 1, "Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "REC-07": {"Round": 1, "Value": "recorded-and-explained", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "REP-01": {"Round": 1, "Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "REP-02": {"Round": 1, "Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "REP-03": {"Round": 1, "Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "REP-04": {"Round": 1, "Value": "within-one-week", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "REP-05": {"Round": 1, "Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "REP-06": {"Round": 1, "Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "REP-07": {"Round": 1, "Value": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "SUP-01": {"Round": 1, "Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "SUP-02": {"Round": 1, "Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "SUP-03": {"Round": 1, "Value": "every-two-weeks", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "SUP-04": {"Round": 1, "Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "SUP-05": {"Round": 1, "Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "SUP-06": {"Round": 1, "Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "TRN-01": {"Round": 1, "Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "TRN-02": {"Round": 1, "Value": "twice-a-year-or-more", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "TRN-03": {"Round": 1, "Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "TRN-04": {"Round": 1, "Value": "every-year", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}, "TRN-05": {"Round": 1, "Value": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "PreviousValue": null}}, "Flagged": [], "Version": 74, "Comments": [], "Decision": {"Approved": true, "DecidedAt": "2024-11-26T14:41:34.025813+00:00", "DecidedBy": "01a23734-159a-747f-b7e4-d2b57a606b1b", "Motivation": "Advies overgenomen: voldoet aan de standaard."}, "Evidence": [{"Round": 1, "FileName": "bewijs-REC-01.pdf", "AttachedAt": "2024-10-28T14:41:34.025813+00:00", "EvidenceId": "01a23734-2d5a-77be-b2d0-7075dfe52cb7", "ContentType": "application/pdf", "CriterionId": "REC-01", "SizeInBytes": 40}, {"Round": 1, "FileName": "bewijs-REP-01.pdf", "AttachedAt": "2024-10-28T14:41:34.025813+00:00", "EvidenceId": "01a23734-2d5a-718f-8350-f5f5fbce31ef", "ContentType": "application/pdf", "CriterionId": "REP-01", "SizeInBytes": 40}, {"Round": 1, "FileName": "bewijs-REP-02.pdf", "AttachedAt": "2024-10-28T14:41:34.025813+00:00", "EvidenceId": "01a23734-2d5a-7fea-9e10-17661a3a51f6", "ContentType": "application/pdf", "CriterionId": "REP-02", "SizeInBytes": 40}, {"Round": 1, "FileName": "bewijs-TRN-01.pdf", "AttachedAt": "2024-10-28T14:41:34.025813+00:00", "EvidenceId": "01a23734-2d5a-7338-b577-721b04bbf7d9", "ContentType": "application/pdf", "CriterionId": "TRN-01", "SizeInBytes": 40}, {"Round": 1, "FileName": "bewijs-SUP-05.pdf", "AttachedAt": "2024-10-28T14:41:34.025813+00:00", "EvidenceId": "01a23734-2d5a-7579-aec8-52ec66d7d0e7", "ContentType": "application/pdf", "CriterionId": "SUP-05", "SizeInBytes": 40}, {"Round": 1, "FileName": "bewijs-COM-01.pdf", "AttachedAt": "2024-10-28T14:41:34.025813+00:00", "EvidenceId": "01a23734-2d5a-7cb1-91d4-311bdb9fbd7c", "ContentType": "application/pdf", "CriterionId": "COM-01", "SizeInBytes": 40}, {"Round": 1, "FileName": "bewijs-COM-02.pdf", "AttachedAt": "2024-10-28T14:41:34.025813+00:00", "EvidenceId": "01a23734-2d5a-780b-940b-7bd57f03443e", "ContentType": "application/pdf", "CriterionId": "COM-02", "SizeInBytes": 40}], "Standard": "haagse-stagestandaard", "KvkNumber": "30672148", "RenewalId": null, "RenewalOf": null, "SizeClass": "Small", "StartedAt": "2024-10-27T14:41:34.025813+00:00", "ValidFrom": "2024-11-26", "Judgements": {"COM-01": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "COM-02": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "COM-03": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "COM-04": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "COM-05": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "COM-06": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REC-01": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REC-02": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REC-03": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REC-04": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REC-05": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REC-07": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REP-01": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REP-02": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REP-03": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REP-04": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REP-05": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REP-06": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "REP-07": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "SUP-01": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "SUP-02": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "SUP-03": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "SUP-04": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "SUP-05": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "SUP-06": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "TRN-01": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "TRN-02": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "TRN-03": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "TRN-04": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}, "TRN-05": {"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted"}}, "ReviewerId": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "ValidUntil": "2026-11-25", "NewCriteria": [], "SubmittedAt": "2024-10-29T14:41:34.025813+00:00", "AnswerValues": {"COM-01": "yes", "COM-02": "yes", "COM-03": "yes", "COM-04": "active-contribution", "COM-05": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "COM-06": "yes", "REC-01": "yes", "REC-02": "always", "REC-03": "yes", "REC-04": "yes", "REC-05": "yes", "REC-07": "recorded-and-explained", "REP-01": "yes", "REP-02": "yes", "REP-03": "yes", "REP-04": "within-one-week", "REP-05": "yes", "REP-06": "yes", "REP-07": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "SUP-01": "yes", "SUP-02": "yes", "SUP-03": "every-two-weeks", "SUP-04": "yes", "SUP-05": "yes", "SUP-06": "yes", "TRN-01": "yes", "TRN-02": "twice-a-year-or-more", "TRN-03": "yes", "TRN-04": "every-year", "TRN-05": "Elke melding bespreken we binnen twee weken met de stagiair en de school."}, "ScorePercent": 100, "LastChangedAt": "2026-12-02T14:41:34.025813+00:00", "ChangesMessage": null, "OrganisationId": "01a23734-2d3f-757f-aa86-0ca177a34159", "Recommendation": {"Motivation": "Alle criteria zijn aantoonbaar op orde; goedkeuren.", "RecommendedAt": "2024-11-20T14:41:34.025813+00:00", "RecommendedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Recommendation": "Approve"}, "ChangedCriteria": [], "CriteriaVersion": 1, "OrganisationName": "Drukkerij Meerzicht B.V.", "CertificateNumber": "HSS-2024-00003", "CriteriaWithEvidence": ["REC-01", "REP-01", "REP-02", "TRN-01", "SUP-05", "COM-01", "COM-02"]}	2026-12-02 14:41:36.55494+00	Keurmerk.Audits.Assessments.AssessmentDetails	74
\.


--
-- Data for Name: mt_doc_deadletterevent; Type: TABLE DATA; Schema: keurmerk; Owner: -
--

COPY keurmerk.mt_doc_deadletterevent (id, data, mt_last_modified, mt_version, mt_dotnet_type) FROM stdin;
\.


--
-- Data for Name: mt_doc_evidencecontent; Type: TABLE DATA; Schema: keurmerk; Owner: -
--

COPY keurmerk.mt_doc_evidencecontent (id, data, mt_last_modified, mt_version, mt_dotnet_type) FROM stdin;
01a23734-25c3-71c9-9b72-2b9967e8a649	{"Id": "01a23734-25c3-71c9-9b72-2b9967e8a649", "Data": "JVBERi0xLjQKJSBEZW1vLWJld2lqc3N0dWsgUkVDLTAxCiUlRU9GCg==", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	2026-12-02 14:41:34.321481+00	01a23734-2665-4539-9cec-0ec7565e1607	Keurmerk.Audits.Assessments.EvidenceContent
01a23734-25c5-7387-95d7-ce6e7ed7fb63	{"Id": "01a23734-25c5-7387-95d7-ce6e7ed7fb63", "Data": "JVBERi0xLjQKJSBEZW1vLWJld2lqc3N0dWsgUkVQLTAxCiUlRU9GCg==", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	2026-12-02 14:41:34.321481+00	01a23734-2665-4799-8070-06846614faba	Keurmerk.Audits.Assessments.EvidenceContent
01a23734-25c5-78c4-8852-63bdd505702b	{"Id": "01a23734-25c5-78c4-8852-63bdd505702b", "Data": "JVBERi0xLjQKJSBEZW1vLWJld2lqc3N0dWsgUkVQLTAyCiUlRU9GCg==", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	2026-12-02 14:41:34.321481+00	01a23734-2665-4ba5-b1c2-f3701fc346b8	Keurmerk.Audits.Assessments.EvidenceContent
01a23734-25c5-7393-84cf-504a972e3d48	{"Id": "01a23734-25c5-7393-84cf-504a972e3d48", "Data": "JVBERi0xLjQKJSBEZW1vLWJld2lqc3N0dWsgVFJOLTAxCiUlRU9GCg==", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	2026-12-02 14:41:34.321481+00	01a23734-2665-4a57-95e7-65ada57acc1a	Keurmerk.Audits.Assessments.EvidenceContent
01a23734-25c5-7a9a-ac00-1dce19022a79	{"Id": "01a23734-25c5-7a9a-ac00-1dce19022a79", "Data": "JVBERi0xLjQKJSBEZW1vLWJld2lqc3N0dWsgU1VQLTA1CiUlRU9GCg==", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	2026-12-02 14:41:34.321481+00	01a23734-2665-47d8-ae5e-12d9a9f9db1f	Keurmerk.Audits.Assessments.EvidenceContent
01a23734-25c5-7c89-bea3-763550607ab1	{"Id": "01a23734-25c5-7c89-bea3-763550607ab1", "Data": "JVBERi0xLjQKJSBEZW1vLWJld2lqc3N0dWsgQ09NLTAxCiUlRU9GCg==", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	2026-12-02 14:41:34.321481+00	01a23734-2665-4c95-aaae-9050fa94dfee	Keurmerk.Audits.Assessments.EvidenceContent
01a23734-25c5-7f44-9ba4-8d2a31a2856f	{"Id": "01a23734-25c5-7f44-9ba4-8d2a31a2856f", "Data": "JVBERi0xLjQKJSBEZW1vLWJld2lqc3N0dWsgQ09NLTAyCiUlRU9GCg==", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	2026-12-02 14:41:34.321481+00	01a23734-2665-4d6b-9c5d-ef24ff97f131	Keurmerk.Audits.Assessments.EvidenceContent
01a23734-2b43-7001-ac26-92802fb90313	{"Id": "01a23734-2b43-7001-ac26-92802fb90313", "Data": "JVBERi0xLjQKJSBEZW1vLWJld2lqc3N0dWsgUkVDLTAxCiUlRU9GCg==", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	2026-12-02 14:41:35.585146+00	01a23734-2b60-42db-8d30-63d46cf222db	Keurmerk.Audits.Assessments.EvidenceContent
01a23734-2b43-73ea-a67f-7370f1c03ee9	{"Id": "01a23734-2b43-73ea-a67f-7370f1c03ee9", "Data": "JVBERi0xLjQKJSBEZW1vLWJld2lqc3N0dWsgUkVQLTAxCiUlRU9GCg==", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	2026-12-02 14:41:35.585146+00	01a23734-2b60-4a99-8e04-b5b656aa385a	Keurmerk.Audits.Assessments.EvidenceContent
01a23734-2b43-7694-a533-d389ed8c7d68	{"Id": "01a23734-2b43-7694-a533-d389ed8c7d68", "Data": "JVBERi0xLjQKJSBEZW1vLWJld2lqc3N0dWsgUkVQLTAyCiUlRU9GCg==", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	2026-12-02 14:41:35.585146+00	01a23734-2b60-4980-9768-d3599c871d49	Keurmerk.Audits.Assessments.EvidenceContent
01a23734-2b43-7d72-87c1-29d1b2fcfd4f	{"Id": "01a23734-2b43-7d72-87c1-29d1b2fcfd4f", "Data": "JVBERi0xLjQKJSBEZW1vLWJld2lqc3N0dWsgVFJOLTAxCiUlRU9GCg==", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	2026-12-02 14:41:35.585146+00	01a23734-2b60-44cc-bc11-c29cacfb2c6b	Keurmerk.Audits.Assessments.EvidenceContent
01a23734-2b43-785c-811e-ca39854f003e	{"Id": "01a23734-2b43-785c-811e-ca39854f003e", "Data": "JVBERi0xLjQKJSBEZW1vLWJld2lqc3N0dWsgU1VQLTA1CiUlRU9GCg==", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	2026-12-02 14:41:35.585146+00	01a23734-2b60-4bdf-b2dd-43dbc1fb6c16	Keurmerk.Audits.Assessments.EvidenceContent
01a23734-2b43-7790-bdd6-e9179f525b31	{"Id": "01a23734-2b43-7790-bdd6-e9179f525b31", "Data": "JVBERi0xLjQKJSBEZW1vLWJld2lqc3N0dWsgQ09NLTAxCiUlRU9GCg==", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	2026-12-02 14:41:35.585146+00	01a23734-2b60-40cd-947c-dba62904b72e	Keurmerk.Audits.Assessments.EvidenceContent
01a23734-2b43-774e-bc45-fc6285b9b0b4	{"Id": "01a23734-2b43-774e-bc45-fc6285b9b0b4", "Data": "JVBERi0xLjQKJSBEZW1vLWJld2lqc3N0dWsgQ09NLTAyCiUlRU9GCg==", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	2026-12-02 14:41:35.585146+00	01a23734-2b60-4a26-8891-d1b10e759753	Keurmerk.Audits.Assessments.EvidenceContent
01a23734-2d5a-77be-b2d0-7075dfe52cb7	{"Id": "01a23734-2d5a-77be-b2d0-7075dfe52cb7", "Data": "JVBERi0xLjQKJSBEZW1vLWJld2lqc3N0dWsgUkVDLTAxCiUlRU9GCg==", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	2026-12-02 14:41:36.103829+00	01a23734-2d66-4ae7-9f81-7c7e44e1b9c5	Keurmerk.Audits.Assessments.EvidenceContent
01a23734-2d5a-718f-8350-f5f5fbce31ef	{"Id": "01a23734-2d5a-718f-8350-f5f5fbce31ef", "Data": "JVBERi0xLjQKJSBEZW1vLWJld2lqc3N0dWsgUkVQLTAxCiUlRU9GCg==", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	2026-12-02 14:41:36.103829+00	01a23734-2d66-40c7-a03d-8eed7bafaa3f	Keurmerk.Audits.Assessments.EvidenceContent
01a23734-2d5a-7fea-9e10-17661a3a51f6	{"Id": "01a23734-2d5a-7fea-9e10-17661a3a51f6", "Data": "JVBERi0xLjQKJSBEZW1vLWJld2lqc3N0dWsgUkVQLTAyCiUlRU9GCg==", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	2026-12-02 14:41:36.103829+00	01a23734-2d66-4a7c-b7b3-e601e7c38e0c	Keurmerk.Audits.Assessments.EvidenceContent
01a23734-2d5a-7338-b577-721b04bbf7d9	{"Id": "01a23734-2d5a-7338-b577-721b04bbf7d9", "Data": "JVBERi0xLjQKJSBEZW1vLWJld2lqc3N0dWsgVFJOLTAxCiUlRU9GCg==", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	2026-12-02 14:41:36.103829+00	01a23734-2d66-435b-991b-a6bd7154179b	Keurmerk.Audits.Assessments.EvidenceContent
01a23734-2d5a-7579-aec8-52ec66d7d0e7	{"Id": "01a23734-2d5a-7579-aec8-52ec66d7d0e7", "Data": "JVBERi0xLjQKJSBEZW1vLWJld2lqc3N0dWsgU1VQLTA1CiUlRU9GCg==", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	2026-12-02 14:41:36.103829+00	01a23734-2d66-4e28-9c47-5d54953375b3	Keurmerk.Audits.Assessments.EvidenceContent
01a23734-2d5a-7cb1-91d4-311bdb9fbd7c	{"Id": "01a23734-2d5a-7cb1-91d4-311bdb9fbd7c", "Data": "JVBERi0xLjQKJSBEZW1vLWJld2lqc3N0dWsgQ09NLTAxCiUlRU9GCg==", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	2026-12-02 14:41:36.103829+00	01a23734-2d66-414f-9e7b-f52b8bc75229	Keurmerk.Audits.Assessments.EvidenceContent
01a23734-2d5a-780b-940b-7bd57f03443e	{"Id": "01a23734-2d5a-780b-940b-7bd57f03443e", "Data": "JVBERi0xLjQKJSBEZW1vLWJld2lqc3N0dWsgQ09NLTAyCiUlRU9GCg==", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	2026-12-02 14:41:36.103829+00	01a23734-2d66-47c3-b449-66c0da04dd0c	Keurmerk.Audits.Assessments.EvidenceContent
\.


--
-- Data for Name: mt_doc_follow; Type: TABLE DATA; Schema: keurmerk; Owner: -
--

COPY keurmerk.mt_doc_follow (id, data, mt_last_modified, mt_version, mt_dotnet_type) FROM stdin;
41ec1120-a4e4-f941-6423-4adf38c593d9	{"Id": "41ec1120-a4e4-f941-6423-4adf38c593d9", "KvkNumber": "27418530", "FollowedAt": "2026-12-02T14:42:15.119052+00:00", "SchoolUserId": "01a23734-181a-7c68-bcab-7ba4a38455a5", "OrganisationId": "01a23734-2568-776e-9354-18e35a0abbc3", "OrganisationName": "Installatietechniek Hofstad B.V."}	2026-12-02 14:42:15.146925+00	01a23734-c5e8-4ca5-a2bc-2a7142521ab8	Keurmerk.Audits.Schools.Follow
16580aae-de22-b3ec-e364-a1b7d208bb66	{"Id": "16580aae-de22-b3ec-e364-a1b7d208bb66", "KvkNumber": "41159862", "FollowedAt": "2026-12-02T14:42:16.4012624+00:00", "SchoolUserId": "01a23734-181a-7c68-bcab-7ba4a38455a5", "OrganisationId": "01a23734-2b0f-76c8-8cba-2455c106baa8", "OrganisationName": "Zorggroep Vlietstede"}	2026-12-02 14:42:16.411126+00	01a23734-cad1-4c5f-a58c-09163d4e665d	Keurmerk.Audits.Schools.Follow
\.


--
-- Data for Name: mt_doc_notification; Type: TABLE DATA; Schema: keurmerk; Owner: -
--

COPY keurmerk.mt_doc_notification (id, data, mt_last_modified, mt_version, mt_dotnet_type) FROM stdin;
01a23734-27bd-7938-94d9-85c68f101a0e	{"Id": "01a23734-27bd-7938-94d9-85c68f101a0e", "To": "beoordelaar2@elbho.demo", "Body": "Installatietechniek Hofstad B.V. heeft een zelfevaluatie ingediend (ronde 1). Ze staat in de wachtrij.\\n\\n-- English --\\n\\nInstallatietechniek Hofstad B.V. has submitted a self-assessment (round 1). It is in the queue.\\n\\nKeurmerk inclusieve stagebedrijven · Stichting ELBHO", "Kind": "new-submission", "SentAt": "2026-12-02T14:42:09.6693141+00:00", "Subject": "Nieuwe zelfevaluatie: Installatietechniek Hofstad B.V. / New self-assessment: Installatietechniek Hofstad B.V.", "Attempts": 0, "CreatedAt": "2026-12-02T14:41:34.4761621+00:00", "LastError": null, "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b", "NextAttemptAt": "2026-12-02T14:41:34.4761621+00:00", "DeduplicationKey": null}	2026-12-02 14:42:09.670328+00	01a23734-b085-438c-92d9-0d68ed4b1ef0	Keurmerk.Audits.Notifications.Notification
01a23734-2bb5-7586-a5d8-ad834c8725ac	{"Id": "01a23734-2bb5-7586-a5d8-ad834c8725ac", "To": "beoordelaar2@elbho.demo", "Body": "Zorggroep Vlietstede heeft een zelfevaluatie ingediend (ronde 1). Ze staat in de wachtrij.\\n\\n-- English --\\n\\nZorggroep Vlietstede has submitted a self-assessment (round 1). It is in the queue.\\n\\nKeurmerk inclusieve stagebedrijven · Stichting ELBHO", "Kind": "new-submission", "SentAt": "2026-12-02T14:42:09.8038393+00:00", "Subject": "Nieuwe zelfevaluatie: Zorggroep Vlietstede / New self-assessment: Zorggroep Vlietstede", "Attempts": 0, "CreatedAt": "2026-12-02T14:41:35.6392713+00:00", "LastError": null, "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7", "NextAttemptAt": "2026-12-02T14:41:35.6392713+00:00", "DeduplicationKey": null}	2026-12-02 14:42:09.812179+00	01a23734-b113-4d18-bd72-6ed5598c7b59	Keurmerk.Audits.Notifications.Notification
01a23734-2bb5-77da-8fdd-94a2c0b32af0	{"Id": "01a23734-2bb5-77da-8fdd-94a2c0b32af0", "To": "beoordelaar3@elbho.demo", "Body": "Zorggroep Vlietstede heeft een zelfevaluatie ingediend (ronde 1). Ze staat in de wachtrij.\\n\\n-- English --\\n\\nZorggroep Vlietstede has submitted a self-assessment (round 1). It is in the queue.\\n\\nKeurmerk inclusieve stagebedrijven · Stichting ELBHO", "Kind": "new-submission", "SentAt": "2026-12-02T14:42:09.8203144+00:00", "Subject": "Nieuwe zelfevaluatie: Zorggroep Vlietstede / New self-assessment: Zorggroep Vlietstede", "Attempts": 0, "CreatedAt": "2026-12-02T14:41:35.6392713+00:00", "LastError": null, "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7", "NextAttemptAt": "2026-12-02T14:41:35.6392713+00:00", "DeduplicationKey": null}	2026-12-02 14:42:09.827613+00	01a23734-b123-4a02-9b5b-c33632d96bee	Keurmerk.Audits.Notifications.Notification
01a23734-2d8f-7f85-a6e6-5a401b3fef1b	{"Id": "01a23734-2d8f-7f85-a6e6-5a401b3fef1b", "To": "beoordelaar@elbho.demo", "Body": "Drukkerij Meerzicht B.V. heeft een zelfevaluatie ingediend (ronde 1). Ze staat in de wachtrij.\\n\\n-- English --\\n\\nDrukkerij Meerzicht B.V. has submitted a self-assessment (round 1). It is in the queue.\\n\\nKeurmerk inclusieve stagebedrijven · Stichting ELBHO", "Kind": "new-submission", "SentAt": "2026-12-02T14:42:09.8483428+00:00", "Subject": "Nieuwe zelfevaluatie: Drukkerij Meerzicht B.V. / New self-assessment: Drukkerij Meerzicht B.V.", "Attempts": 0, "CreatedAt": "2026-12-02T14:41:36.1379301+00:00", "LastError": null, "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0", "NextAttemptAt": "2026-12-02T14:41:36.1379301+00:00", "DeduplicationKey": null}	2026-12-02 14:42:09.851802+00	01a23734-b13a-4852-8554-6565f410fb80	Keurmerk.Audits.Notifications.Notification
01a23734-2d8f-71fb-b135-ebd65f67211f	{"Id": "01a23734-2d8f-71fb-b135-ebd65f67211f", "To": "beoordelaar2@elbho.demo", "Body": "Drukkerij Meerzicht B.V. heeft een zelfevaluatie ingediend (ronde 1). Ze staat in de wachtrij.\\n\\n-- English --\\n\\nDrukkerij Meerzicht B.V. has submitted a self-assessment (round 1). It is in the queue.\\n\\nKeurmerk inclusieve stagebedrijven · Stichting ELBHO", "Kind": "new-submission", "SentAt": "2026-12-02T14:42:09.8610381+00:00", "Subject": "Nieuwe zelfevaluatie: Drukkerij Meerzicht B.V. / New self-assessment: Drukkerij Meerzicht B.V.", "Attempts": 0, "CreatedAt": "2026-12-02T14:41:36.1379301+00:00", "LastError": null, "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0", "NextAttemptAt": "2026-12-02T14:41:36.1379301+00:00", "DeduplicationKey": null}	2026-12-02 14:42:09.866882+00	01a23734-b145-4f36-8105-9a9fa7eb9409	Keurmerk.Audits.Notifications.Notification
01a23734-2d8f-7708-b7b5-77f6ff14f331	{"Id": "01a23734-2d8f-7708-b7b5-77f6ff14f331", "To": "beoordelaar3@elbho.demo", "Body": "Drukkerij Meerzicht B.V. heeft een zelfevaluatie ingediend (ronde 1). Ze staat in de wachtrij.\\n\\n-- English --\\n\\nDrukkerij Meerzicht B.V. has submitted a self-assessment (round 1). It is in the queue.\\n\\nKeurmerk inclusieve stagebedrijven · Stichting ELBHO", "Kind": "new-submission", "SentAt": "2026-12-02T14:42:09.888107+00:00", "Subject": "Nieuwe zelfevaluatie: Drukkerij Meerzicht B.V. / New self-assessment: Drukkerij Meerzicht B.V.", "Attempts": 0, "CreatedAt": "2026-12-02T14:41:36.1379301+00:00", "LastError": null, "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0", "NextAttemptAt": "2026-12-02T14:41:36.1379301+00:00", "DeduplicationKey": null}	2026-12-02 14:42:09.889409+00	01a23734-b160-4d8b-85d4-190d9c9fcb11	Keurmerk.Audits.Notifications.Notification
01a23734-27bd-76e3-ac14-4652ec08a058	{"Id": "01a23734-27bd-76e3-ac14-4652ec08a058", "To": "beoordelaar@elbho.demo", "Body": "Installatietechniek Hofstad B.V. heeft een zelfevaluatie ingediend (ronde 1). Ze staat in de wachtrij.\\n\\n-- English --\\n\\nInstallatietechniek Hofstad B.V. has submitted a self-assessment (round 1). It is in the queue.\\n\\nKeurmerk inclusieve stagebedrijven · Stichting ELBHO", "Kind": "new-submission", "SentAt": "2026-12-02T14:42:09.5084314+00:00", "Subject": "Nieuwe zelfevaluatie: Installatietechniek Hofstad B.V. / New self-assessment: Installatietechniek Hofstad B.V.", "Attempts": 0, "CreatedAt": "2026-12-02T14:41:34.4761621+00:00", "LastError": null, "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b", "NextAttemptAt": "2026-12-02T14:41:34.4761621+00:00", "DeduplicationKey": null}	2026-12-02 14:42:09.591904+00	01a23734-b01c-42e4-b3dd-9e396bb51ec0	Keurmerk.Audits.Notifications.Notification
01a23734-27bd-75c1-b765-019decd3e774	{"Id": "01a23734-27bd-75c1-b765-019decd3e774", "To": "beoordelaar3@elbho.demo", "Body": "Installatietechniek Hofstad B.V. heeft een zelfevaluatie ingediend (ronde 1). Ze staat in de wachtrij.\\n\\n-- English --\\n\\nInstallatietechniek Hofstad B.V. has submitted a self-assessment (round 1). It is in the queue.\\n\\nKeurmerk inclusieve stagebedrijven · Stichting ELBHO", "Kind": "new-submission", "SentAt": "2026-12-02T14:42:09.7270508+00:00", "Subject": "Nieuwe zelfevaluatie: Installatietechniek Hofstad B.V. / New self-assessment: Installatietechniek Hofstad B.V.", "Attempts": 0, "CreatedAt": "2026-12-02T14:41:34.4761621+00:00", "LastError": null, "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b", "NextAttemptAt": "2026-12-02T14:41:34.4761621+00:00", "DeduplicationKey": null}	2026-12-02 14:42:09.736883+00	01a23734-b0c6-4d0c-a246-824730e317ad	Keurmerk.Audits.Notifications.Notification
01a23734-2bb5-79c7-9295-b32d7168e12a	{"Id": "01a23734-2bb5-79c7-9295-b32d7168e12a", "To": "beoordelaar@elbho.demo", "Body": "Zorggroep Vlietstede heeft een zelfevaluatie ingediend (ronde 1). Ze staat in de wachtrij.\\n\\n-- English --\\n\\nZorggroep Vlietstede has submitted a self-assessment (round 1). It is in the queue.\\n\\nKeurmerk inclusieve stagebedrijven · Stichting ELBHO", "Kind": "new-submission", "SentAt": "2026-12-02T14:42:09.7440939+00:00", "Subject": "Nieuwe zelfevaluatie: Zorggroep Vlietstede / New self-assessment: Zorggroep Vlietstede", "Attempts": 0, "CreatedAt": "2026-12-02T14:41:35.6392713+00:00", "LastError": null, "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7", "NextAttemptAt": "2026-12-02T14:41:35.6392713+00:00", "DeduplicationKey": null}	2026-12-02 14:42:09.755008+00	01a23734-b0d7-46af-a2e7-2f8f7dac3857	Keurmerk.Audits.Notifications.Notification
01a23734-f7e4-7c76-b199-461cfcf03857	{"Id": "01a23734-f7e4-7c76-b199-461cfcf03857", "To": "beoordelaar@elbho.demo", "Body": "Er is een signaal binnengekomen over Installatietechniek Hofstad B.V. (certificaat HSS-2026-00001). Het staat in de wachtrij onder Signalen.\\n\\n-- English --\\n\\nA signal has come in about Installatietechniek Hofstad B.V. (certificate HSS-2026-00001). It is in the queue under Signals.\\n\\nKeurmerk inclusieve stagebedrijven · Stichting ELBHO", "Kind": "signal-raised", "SentAt": null, "Subject": "Nieuw signaal SIG-BA56B7A2: Installatietechniek Hofstad B.V. / New signal SIG-BA56B7A2: Installatietechniek Hofstad B.V.", "Attempts": 0, "CreatedAt": "2026-12-02T14:42:27.9251205+00:00", "LastError": null, "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b", "NextAttemptAt": "2026-12-02T14:42:27.9251205+00:00", "DeduplicationKey": null}	2026-12-02 14:42:28.09087+00	01a23734-f879-43ce-b375-83b348abfb2b	Keurmerk.Audits.Notifications.Notification
01a23734-f7e4-7f01-8dfb-05eca9698dfd	{"Id": "01a23734-f7e4-7f01-8dfb-05eca9698dfd", "To": "beoordelaar2@elbho.demo", "Body": "Er is een signaal binnengekomen over Installatietechniek Hofstad B.V. (certificaat HSS-2026-00001). Het staat in de wachtrij onder Signalen.\\n\\n-- English --\\n\\nA signal has come in about Installatietechniek Hofstad B.V. (certificate HSS-2026-00001). It is in the queue under Signals.\\n\\nKeurmerk inclusieve stagebedrijven · Stichting ELBHO", "Kind": "signal-raised", "SentAt": null, "Subject": "Nieuw signaal SIG-BA56B7A2: Installatietechniek Hofstad B.V. / New signal SIG-BA56B7A2: Installatietechniek Hofstad B.V.", "Attempts": 0, "CreatedAt": "2026-12-02T14:42:27.9251205+00:00", "LastError": null, "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b", "NextAttemptAt": "2026-12-02T14:42:27.9251205+00:00", "DeduplicationKey": null}	2026-12-02 14:42:28.09087+00	01a23734-f879-4c9d-b72e-5b061619debb	Keurmerk.Audits.Notifications.Notification
01a23734-f7e5-7e4c-96cb-40e42beaca38	{"Id": "01a23734-f7e5-7e4c-96cb-40e42beaca38", "To": "beoordelaar3@elbho.demo", "Body": "Er is een signaal binnengekomen over Installatietechniek Hofstad B.V. (certificaat HSS-2026-00001). Het staat in de wachtrij onder Signalen.\\n\\n-- English --\\n\\nA signal has come in about Installatietechniek Hofstad B.V. (certificate HSS-2026-00001). It is in the queue under Signals.\\n\\nKeurmerk inclusieve stagebedrijven · Stichting ELBHO", "Kind": "signal-raised", "SentAt": null, "Subject": "Nieuw signaal SIG-BA56B7A2: Installatietechniek Hofstad B.V. / New signal SIG-BA56B7A2: Installatietechniek Hofstad B.V.", "Attempts": 0, "CreatedAt": "2026-12-02T14:42:27.9251205+00:00", "LastError": null, "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b", "NextAttemptAt": "2026-12-02T14:42:27.9251205+00:00", "DeduplicationKey": null}	2026-12-02 14:42:28.09087+00	01a23734-f879-4e21-85af-0a62fe5c0bf1	Keurmerk.Audits.Notifications.Notification
\.


--
-- Data for Name: mt_doc_objectiondetails; Type: TABLE DATA; Schema: keurmerk; Owner: -
--

COPY keurmerk.mt_doc_objectiondetails (id, data, mt_last_modified, mt_dotnet_type, mt_version) FROM stdin;
\.


--
-- Data for Name: mt_doc_organisation; Type: TABLE DATA; Schema: keurmerk; Owner: -
--

COPY keurmerk.mt_doc_organisation (id, data, mt_last_modified, mt_version, mt_dotnet_type) FROM stdin;
01a23734-109b-7c35-af44-b8481670a652	{"Id": "01a23734-109b-7c35-af44-b8481670a652", "City": "Den Haag", "Name": "Bakkerij De Korrel", "Sector": "horeca", "KvkNumber": "12345678", "SizeClass": "Small", "ContactEmail": "werkgever@korrel.demo", "RegisteredAt": "2026-12-02T14:41:28.7315021+00:00", "ContactPerson": "Sanne de Vries"}	2026-12-02 14:41:29.13122+00	01a23734-11eb-4b9e-8fcc-f1167a8cdad2	Keurmerk.Audits.Organisations.Organisation
01a23734-2568-776e-9354-18e35a0abbc3	{"Id": "01a23734-2568-776e-9354-18e35a0abbc3", "City": "Den Haag", "Name": "Installatietechniek Hofstad B.V.", "Sector": "techniek", "KvkNumber": "27418530", "SizeClass": "Medium", "ContactEmail": "m.verhoeven@hofstad-installatie.demo", "RegisteredAt": "2023-12-02T14:41:34.0565522+00:00", "ContactPerson": "Marco Verhoeven"}	2026-12-02 14:41:34.057893+00	01a23734-2569-4202-9d29-636372322f08	Keurmerk.Audits.Organisations.Organisation
01a23734-2b0f-76c8-8cba-2455c106baa8	{"Id": "01a23734-2b0f-76c8-8cba-2455c106baa8", "City": "Delft", "Name": "Zorggroep Vlietstede", "Sector": "zorg", "KvkNumber": "41159862", "SizeClass": "Large", "ContactEmail": "stages@vlietstede.demo", "RegisteredAt": "2023-12-02T14:41:35.5034875+00:00", "ContactPerson": "Ingrid Tromp"}	2026-12-02 14:41:35.506886+00	01a23734-2b0f-4679-9982-ebade27c8c59	Keurmerk.Audits.Organisations.Organisation
01a23734-2d3f-757f-aa86-0ca177a34159	{"Id": "01a23734-2d3f-757f-aa86-0ca177a34159", "City": "Zoetermeer", "Name": "Drukkerij Meerzicht B.V.", "Sector": "grafisch", "KvkNumber": "30672148", "SizeClass": "Small", "ContactEmail": "kees@drukkerijmeerzicht.demo", "RegisteredAt": "2023-12-02T14:41:36.0639969+00:00", "ContactPerson": "Kees Hoogendoorn"}	2026-12-02 14:41:36.065036+00	01a23734-2d40-4bd3-94b9-a780c1f8aba1	Keurmerk.Audits.Organisations.Organisation
\.


--
-- Data for Name: mt_doc_registerentry; Type: TABLE DATA; Schema: keurmerk; Owner: -
--

COPY keurmerk.mt_doc_registerentry (id, data, mt_last_modified, mt_dotnet_type, mt_version) FROM stdin;
01a23734-2598-7d15-b31f-fea8f4b89b5b	{"Id": "01a23734-2598-7d15-b31f-fea8f4b89b5b", "City": "Den Haag", "Sector": "techniek", "Status": "Certified", "History": [{"From": "2026-11-11", "Reason": null, "Status": "Certified"}], "KvkNumber": "27418530", "ValidFrom": "2026-11-11", "ValidUntil": "2028-11-10", "PublicReason": null, "OrganisationId": "01a23734-2568-776e-9354-18e35a0abbc3", "CriteriaVersion": 1, "OrganisationName": "Installatietechniek Hofstad B.V.", "CertificateNumber": "HSS-2026-00001"}	2026-12-02 14:41:35.461976+00	Keurmerk.Audits.Register.RegisterEntry	73
01a23734-2b2f-7ea6-9451-24a603faead7	{"Id": "01a23734-2b2f-7ea6-9451-24a603faead7", "City": "Delft", "Sector": "zorg", "Status": "Suspended", "History": [{"From": "2026-07-02", "Reason": null, "Status": "Certified"}, {"From": "2026-11-29", "Reason": null, "Status": "Suspended"}], "KvkNumber": "41159862", "ValidFrom": "2026-07-02", "ValidUntil": "2028-07-01", "PublicReason": null, "OrganisationId": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriteriaVersion": 1, "OrganisationName": "Zorggroep Vlietstede", "CertificateNumber": "HSS-2026-00002"}	2026-12-02 14:41:36.039325+00	Keurmerk.Audits.Register.RegisterEntry	76
01a23734-2d4a-7fd3-8024-643200c141b0	{"Id": "01a23734-2d4a-7fd3-8024-643200c141b0", "City": "Zoetermeer", "Sector": "grafisch", "Status": "Expired", "History": [{"From": "2024-11-26", "Reason": null, "Status": "Certified"}, {"From": "2026-11-26", "Reason": null, "Status": "Expired"}], "KvkNumber": "30672148", "ValidFrom": "2024-11-26", "ValidUntil": "2026-11-25", "PublicReason": null, "OrganisationId": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriteriaVersion": 1, "OrganisationName": "Drukkerij Meerzicht B.V.", "CertificateNumber": "HSS-2024-00003"}	2026-12-02 14:41:36.55494+00	Keurmerk.Audits.Register.RegisterEntry	74
\.


--
-- Data for Name: mt_doc_signaldetails; Type: TABLE DATA; Schema: keurmerk; Owner: -
--

COPY keurmerk.mt_doc_signaldetails (id, data, mt_last_modified, mt_dotnet_type, mt_version) FROM stdin;
01a23734-f797-74bd-bd8e-a5deba56b7a2	{"Id": "01a23734-f797-74bd-bd8e-a5deba56b7a2", "Status": "Open", "Contact": null, "Version": 1, "Category": "RecruitmentAndSelection", "ClosedAt": null, "ClosedBy": null, "Measures": [], "RaisedAt": "2026-12-02T14:42:27.8635916+00:00", "KvkNumber": "27418530", "Questions": [], "Reference": "SIG-BA56B7A2", "Description": "Een stagiair meldt dat sollicitanten met een buitenlandse naam vaker worden afgewezen.", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b", "OpenQuestion": null, "LastChangedAt": "2026-12-02T14:42:27.8635916+00:00", "OrganisationId": "01a23734-2568-776e-9354-18e35a0abbc3", "DismissalReason": null, "OrganisationName": "Installatietechniek Hofstad B.V.", "ResponseReceived": false, "CertificateNumber": "HSS-2026-00001", "RaisedBySchoolUserId": null}	2026-12-02 14:42:28.09087+00	Keurmerk.Audits.Signals.SignalDetails	1
\.


--
-- Data for Name: mt_doc_webhook; Type: TABLE DATA; Schema: keurmerk; Owner: -
--

COPY keurmerk.mt_doc_webhook (id, data, mt_last_modified, mt_version, mt_dotnet_type) FROM stdin;
01a23734-a73f-7522-b547-b670bd93305f	{"Id": "01a23734-a73f-7522-b547-b670bd93305f", "Url": "http://127.0.0.1:9/keurmerk-hook", "Secret": "ef715a92a7fe195749dd31a8baf6b3ea784a0ce48ea86556bd285155dbb31049", "RegisteredAt": "2026-12-02T14:42:07.2954054+00:00", "SchoolUserId": "01a23734-181a-7c68-bcab-7ba4a38455a5"}	2026-12-02 14:42:07.326954+00	01a23734-a755-4f47-b5e6-d2d8146e83d0	Keurmerk.Audits.Schools.Webhook
\.


--
-- Data for Name: mt_doc_webhookdelivery; Type: TABLE DATA; Schema: keurmerk; Owner: -
--

COPY keurmerk.mt_doc_webhookdelivery (id, data, mt_last_modified, mt_version, mt_dotnet_type) FROM stdin;
\.


--
-- Data for Name: mt_event_progression; Type: TABLE DATA; Schema: keurmerk; Owner: -
--

COPY keurmerk.mt_event_progression (name, last_seq_id, last_updated, mode, rebuild_threshold, assigned_node, heartbeat, agent_status, pause_reason, running_on_node, warning_behind_threshold, critical_behind_threshold, failure_category, failure_event_sequence, failure_event_type, failure_event_tenant_id) FROM stdin;
\.


--
-- Data for Name: mt_event_projection_floors; Type: TABLE DATA; Schema: keurmerk; Owner: -
--

COPY keurmerk.mt_event_projection_floors (name, tenant_id, floor, last_updated) FROM stdin;
\.


--
-- Data for Name: mt_events; Type: TABLE DATA; Schema: keurmerk; Owner: -
--

COPY keurmerk.mt_events (seq_id, id, stream_id, version, data, bdata, type, "timestamp", tenant_id, mt_dotnet_type, is_archived) FROM stdin;
1	983c2992-cdb7-44c8-b0cc-49dcfac916a0	01a23734-1c65-7b2a-86de-5a565a0821de	1	{"City": "Den Haag", "Sector": "horeca", "Standard": "haagse-stagestandaard", "KvkNumber": "12345678", "SizeClass": "Small", "StartedAt": "2026-12-02T14:41:28.7315021+00:00", "StartedBy": "01a23734-1258-7aba-aa71-f25d68b620de", "AssessmentId": "01a23734-1c65-7b2a-86de-5a565a0821de", "OrganisationId": "01a23734-109b-7c35-af44-b8481670a652", "CriteriaVersion": 1, "OrganisationName": "Bakkerij De Korrel"}	\N	assessment_started	2026-12-02 14:41:31.909936+00	*DEFAULT*	Keurmerk.Domain.Assessments.AssessmentStarted, Keurmerk.Domain	f
2	c39997c7-db67-431a-bf9c-d068ce7989d9	01a23734-1c65-7b2a-86de-5a565a0821de	2	{"Value": "yes", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "CriterionId": "REC-01", "AssessmentId": "01a23734-1c65-7b2a-86de-5a565a0821de"}	\N	criterion_answered	2026-12-02 14:41:33.707958+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
3	001c087a-d50e-45b1-9289-5f5e63ce22fa	01a23734-1c65-7b2a-86de-5a565a0821de	3	{"Value": "always", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "CriterionId": "REC-02", "AssessmentId": "01a23734-1c65-7b2a-86de-5a565a0821de"}	\N	criterion_answered	2026-12-02 14:41:33.707958+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
4	e2638e5d-e326-412f-a2f4-dff8a1d495ef	01a23734-1c65-7b2a-86de-5a565a0821de	4	{"Value": "yes", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "CriterionId": "REC-03", "AssessmentId": "01a23734-1c65-7b2a-86de-5a565a0821de"}	\N	criterion_answered	2026-12-02 14:41:33.707958+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
5	d450b1b0-b798-47a2-a98e-e5b85cb5cdd6	01a23734-1c65-7b2a-86de-5a565a0821de	5	{"Value": "yes", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "CriterionId": "REC-04", "AssessmentId": "01a23734-1c65-7b2a-86de-5a565a0821de"}	\N	criterion_answered	2026-12-02 14:41:33.707958+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
6	2efa0cde-0d00-441a-908a-89d594ee09b4	01a23734-1c65-7b2a-86de-5a565a0821de	6	{"Value": "yes", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "CriterionId": "REC-05", "AssessmentId": "01a23734-1c65-7b2a-86de-5a565a0821de"}	\N	criterion_answered	2026-12-02 14:41:33.707958+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
7	17b3b92e-2c02-466f-b8b2-774b5a6387d6	01a23734-1c65-7b2a-86de-5a565a0821de	7	{"Value": "recorded-and-explained", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "CriterionId": "REC-07", "AssessmentId": "01a23734-1c65-7b2a-86de-5a565a0821de"}	\N	criterion_answered	2026-12-02 14:41:33.707958+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
8	d6a9da61-5e41-45bd-a781-649488b1dfde	01a23734-1c65-7b2a-86de-5a565a0821de	8	{"Value": "yes", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "CriterionId": "REP-01", "AssessmentId": "01a23734-1c65-7b2a-86de-5a565a0821de"}	\N	criterion_answered	2026-12-02 14:41:33.707958+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
9	7344ad57-594c-42e8-99dc-7ea2ca4f614f	01a23734-1c65-7b2a-86de-5a565a0821de	9	{"Value": "yes", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "CriterionId": "REP-02", "AssessmentId": "01a23734-1c65-7b2a-86de-5a565a0821de"}	\N	criterion_answered	2026-12-02 14:41:33.707958+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
10	defe76de-5ec8-4a64-9f08-5ed358ce43c7	01a23734-1c65-7b2a-86de-5a565a0821de	10	{"Value": "yes", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "CriterionId": "REP-03", "AssessmentId": "01a23734-1c65-7b2a-86de-5a565a0821de"}	\N	criterion_answered	2026-12-02 14:41:33.707958+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
11	6757878e-f376-481c-b605-7d2cb9905458	01a23734-1c65-7b2a-86de-5a565a0821de	11	{"Value": "within-one-week", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "CriterionId": "REP-04", "AssessmentId": "01a23734-1c65-7b2a-86de-5a565a0821de"}	\N	criterion_answered	2026-12-02 14:41:33.707958+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
12	f71da29c-b44f-421b-9011-f146607eb279	01a23734-1c65-7b2a-86de-5a565a0821de	12	{"Value": "yes", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "CriterionId": "REP-05", "AssessmentId": "01a23734-1c65-7b2a-86de-5a565a0821de"}	\N	criterion_answered	2026-12-02 14:41:33.707958+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
13	3971b9ca-6bc9-41f4-a5eb-6e4f05cb2f68	01a23734-1c65-7b2a-86de-5a565a0821de	13	{"Value": "yes", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "CriterionId": "REP-06", "AssessmentId": "01a23734-1c65-7b2a-86de-5a565a0821de"}	\N	criterion_answered	2026-12-02 14:41:33.707958+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
14	a04a3ef7-3e16-424b-948b-2f67613ef0dd	01a23734-1c65-7b2a-86de-5a565a0821de	14	{"Value": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "AnsweredAt": "2026-12-02T14:41:28.7315021+00:00", "AnsweredBy": "01a23734-1258-7aba-aa71-f25d68b620de", "CriterionId": "REP-07", "AssessmentId": "01a23734-1c65-7b2a-86de-5a565a0821de"}	\N	criterion_answered	2026-12-02 14:41:33.707958+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
15	ebb7f173-a0a1-4b9e-a759-f3f2fbcd729c	01a23734-2598-7d15-b31f-fea8f4b89b5b	1	{"City": "Den Haag", "Sector": "techniek", "Standard": "haagse-stagestandaard", "KvkNumber": "27418530", "SizeClass": "Medium", "StartedAt": "2026-10-12T14:41:34.025813+00:00", "StartedBy": "01a23734-2568-776e-9354-18e35a0abbc3", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b", "OrganisationId": "01a23734-2568-776e-9354-18e35a0abbc3", "CriteriaVersion": 1, "OrganisationName": "Installatietechniek Hofstad B.V."}	\N	assessment_started	2026-12-02 14:41:34.104916+00	*DEFAULT*	Keurmerk.Domain.Assessments.AssessmentStarted, Keurmerk.Domain	f
16	66fdfd83-899e-446d-96c3-0f04e6285def	01a23734-2598-7d15-b31f-fea8f4b89b5b	2	{"Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "REC-01", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
17	1cfdde46-5f82-4bcb-b600-462dc4573f6d	01a23734-2598-7d15-b31f-fea8f4b89b5b	3	{"Value": "always", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "REC-02", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
18	6eb90fa1-2b07-45d4-a0ee-95257823f718	01a23734-2598-7d15-b31f-fea8f4b89b5b	4	{"Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "REC-03", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
19	bb750a3f-8e7d-486b-a407-61ee60eefc7d	01a23734-2598-7d15-b31f-fea8f4b89b5b	5	{"Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "REC-04", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
20	03c7acbd-33f3-46bf-bc0f-b58dc1f8526f	01a23734-2598-7d15-b31f-fea8f4b89b5b	6	{"Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "REC-05", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
21	ac10d595-216d-4bb2-a5ed-2d1013ad34d1	01a23734-2598-7d15-b31f-fea8f4b89b5b	7	{"Value": "recorded-and-explained", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "REC-07", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
22	017738a1-e4d6-4d9c-a279-db08584bccf7	01a23734-2598-7d15-b31f-fea8f4b89b5b	8	{"Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "REP-01", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
23	74d37607-5a10-4b54-b0ca-bcddc0ac7062	01a23734-2598-7d15-b31f-fea8f4b89b5b	9	{"Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "REP-02", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
24	76627f5c-db8e-4b50-983f-7ec37338b525	01a23734-2598-7d15-b31f-fea8f4b89b5b	10	{"Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "REP-03", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
25	2ba0ac6a-8840-444f-b429-b1d7671e4f10	01a23734-2598-7d15-b31f-fea8f4b89b5b	11	{"Value": "within-one-week", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "REP-04", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
26	b4fba1b4-45b8-494f-8ff8-dd7db01c0e48	01a23734-2598-7d15-b31f-fea8f4b89b5b	12	{"Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "REP-05", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
27	c3ada6a9-3a09-4165-ae16-6bbf35404cb2	01a23734-2598-7d15-b31f-fea8f4b89b5b	13	{"Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "REP-06", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
28	ca4f1557-197c-4ec1-9505-c0dc74d81009	01a23734-2598-7d15-b31f-fea8f4b89b5b	14	{"Value": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "REP-07", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
29	276b8b22-0ed7-4866-8e15-6c7691e2d575	01a23734-2598-7d15-b31f-fea8f4b89b5b	15	{"Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "TRN-01", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
30	74a1feda-7ff3-477f-bdae-d0fbf66f938b	01a23734-2598-7d15-b31f-fea8f4b89b5b	16	{"Value": "twice-a-year-or-more", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "TRN-02", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
31	8d6464dd-ab6e-4f2e-9e27-1c2e8af97bea	01a23734-2598-7d15-b31f-fea8f4b89b5b	17	{"Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "TRN-03", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
32	e895a1d0-9752-43b7-b600-94d8322d99ed	01a23734-2598-7d15-b31f-fea8f4b89b5b	18	{"Value": "every-year", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "TRN-04", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
33	be07e1d7-70ae-4f54-a5e6-8db9cbc57a06	01a23734-2598-7d15-b31f-fea8f4b89b5b	19	{"Value": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "TRN-05", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
34	cd9bac7d-aa00-4b27-858c-54285e689aac	01a23734-2598-7d15-b31f-fea8f4b89b5b	20	{"Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "SUP-01", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
35	9971bb6d-ee00-49ee-b98e-cba8d55cf4c8	01a23734-2598-7d15-b31f-fea8f4b89b5b	21	{"Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "SUP-02", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
36	3a1cb077-9802-43df-a3e7-b51e64a73171	01a23734-2598-7d15-b31f-fea8f4b89b5b	22	{"Value": "every-two-weeks", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "SUP-03", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
37	3d57d4fe-a77f-4b17-aed4-165e6c42ca9d	01a23734-2598-7d15-b31f-fea8f4b89b5b	23	{"Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "SUP-04", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
38	9151e6ab-a52e-45d7-8085-6b9321255d36	01a23734-2598-7d15-b31f-fea8f4b89b5b	24	{"Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "SUP-05", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
39	59f3be1e-2764-48b2-acde-c1bf73b0fc4f	01a23734-2598-7d15-b31f-fea8f4b89b5b	25	{"Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "SUP-06", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
40	47a42f10-aac3-4f52-9c90-a3470d94ca2d	01a23734-2598-7d15-b31f-fea8f4b89b5b	26	{"Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "COM-01", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
41	b197a95e-7b85-40e8-9dfc-b3cb9cd1c482	01a23734-2598-7d15-b31f-fea8f4b89b5b	27	{"Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "COM-02", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
42	7aa58e87-b4e6-4e84-8af1-be184a51952f	01a23734-2598-7d15-b31f-fea8f4b89b5b	28	{"Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "COM-03", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
43	3b751746-612c-4447-a22a-090459aad7db	01a23734-2598-7d15-b31f-fea8f4b89b5b	29	{"Value": "active-contribution", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "COM-04", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
44	eb407f76-5034-4507-8c2c-ce4ba6762697	01a23734-2598-7d15-b31f-fea8f4b89b5b	30	{"Value": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "COM-05", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
45	d8eba6b9-ec64-47f3-bcc0-1246e7bd67f5	01a23734-2598-7d15-b31f-fea8f4b89b5b	31	{"Value": "yes", "AnsweredAt": "2026-10-13T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2568-776e-9354-18e35a0abbc3", "CriterionId": "COM-06", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_answered	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
46	ee4bcc61-e45e-4ef6-8fff-9f1a7aed0acf	01a23734-2598-7d15-b31f-fea8f4b89b5b	32	{"Sha256": "cf6d7f6a868b2e0be73d9bb72ba2cc4063f7bef7bfddc34bce410d7fd1bae791", "FileName": "bewijs-REC-01.pdf", "AttachedAt": "2026-10-13T14:41:34.025813+00:00", "AttachedBy": "01a23734-2568-776e-9354-18e35a0abbc3", "EvidenceId": "01a23734-25c3-71c9-9b72-2b9967e8a649", "ContentType": "application/pdf", "CriterionId": "REC-01", "SizeInBytes": 40, "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	evidence_attached	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.EvidenceAttached, Keurmerk.Domain	f
47	d01d7dec-adf4-43b0-b172-8247e6079930	01a23734-2598-7d15-b31f-fea8f4b89b5b	33	{"Sha256": "d26afb748873c3a3f03d900f811270f3f35ee1810dce7d6e13e5d057a1b4793f", "FileName": "bewijs-REP-01.pdf", "AttachedAt": "2026-10-13T14:41:34.025813+00:00", "AttachedBy": "01a23734-2568-776e-9354-18e35a0abbc3", "EvidenceId": "01a23734-25c5-7387-95d7-ce6e7ed7fb63", "ContentType": "application/pdf", "CriterionId": "REP-01", "SizeInBytes": 40, "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	evidence_attached	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.EvidenceAttached, Keurmerk.Domain	f
48	635b72f9-c905-45df-9cff-d400efb806b3	01a23734-2598-7d15-b31f-fea8f4b89b5b	34	{"Sha256": "702ea7758952ac0c8f56a9d99342f56a707294827c8e67556964372c0dbf5df2", "FileName": "bewijs-REP-02.pdf", "AttachedAt": "2026-10-13T14:41:34.025813+00:00", "AttachedBy": "01a23734-2568-776e-9354-18e35a0abbc3", "EvidenceId": "01a23734-25c5-78c4-8852-63bdd505702b", "ContentType": "application/pdf", "CriterionId": "REP-02", "SizeInBytes": 40, "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	evidence_attached	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.EvidenceAttached, Keurmerk.Domain	f
49	45857280-1e97-4374-b955-a407ce1d1c25	01a23734-2598-7d15-b31f-fea8f4b89b5b	35	{"Sha256": "862a32e5c17e67dda1352210eca9468ed643e5d798d55a2b9f9b75cd0aa47f12", "FileName": "bewijs-TRN-01.pdf", "AttachedAt": "2026-10-13T14:41:34.025813+00:00", "AttachedBy": "01a23734-2568-776e-9354-18e35a0abbc3", "EvidenceId": "01a23734-25c5-7393-84cf-504a972e3d48", "ContentType": "application/pdf", "CriterionId": "TRN-01", "SizeInBytes": 40, "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	evidence_attached	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.EvidenceAttached, Keurmerk.Domain	f
50	3d5b9055-627b-439f-88de-36f92978358a	01a23734-2598-7d15-b31f-fea8f4b89b5b	36	{"Sha256": "84a4777dccc474a34a9f51e93339431d3193807356658802b24193108275a2df", "FileName": "bewijs-SUP-05.pdf", "AttachedAt": "2026-10-13T14:41:34.025813+00:00", "AttachedBy": "01a23734-2568-776e-9354-18e35a0abbc3", "EvidenceId": "01a23734-25c5-7a9a-ac00-1dce19022a79", "ContentType": "application/pdf", "CriterionId": "SUP-05", "SizeInBytes": 40, "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	evidence_attached	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.EvidenceAttached, Keurmerk.Domain	f
51	4b1605d4-b281-4812-a525-ae78fa9e312d	01a23734-2598-7d15-b31f-fea8f4b89b5b	37	{"Sha256": "11b2dcc698a2c1cfa2b5b3347a5788b50fbb9c275a367771f4f2b4b3726ff41a", "FileName": "bewijs-COM-01.pdf", "AttachedAt": "2026-10-13T14:41:34.025813+00:00", "AttachedBy": "01a23734-2568-776e-9354-18e35a0abbc3", "EvidenceId": "01a23734-25c5-7c89-bea3-763550607ab1", "ContentType": "application/pdf", "CriterionId": "COM-01", "SizeInBytes": 40, "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	evidence_attached	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.EvidenceAttached, Keurmerk.Domain	f
52	fdbca850-bbad-46fb-8d40-9df0fa3dc27e	01a23734-2598-7d15-b31f-fea8f4b89b5b	38	{"Sha256": "123eaefc3f0a62c84972ea3b9e032bbf3ff3d63e9afdfd72160fcc72485e4004", "FileName": "bewijs-COM-02.pdf", "AttachedAt": "2026-10-13T14:41:34.025813+00:00", "AttachedBy": "01a23734-2568-776e-9354-18e35a0abbc3", "EvidenceId": "01a23734-25c5-7f44-9ba4-8d2a31a2856f", "ContentType": "application/pdf", "CriterionId": "COM-02", "SizeInBytes": 40, "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	evidence_attached	2026-12-02 14:41:34.260714+00	*DEFAULT*	Keurmerk.Domain.Assessments.EvidenceAttached, Keurmerk.Domain	f
53	a9346b4f-ecd8-4a90-a6b1-5c60e0f21822	01a23734-2598-7d15-b31f-fea8f4b89b5b	39	{"Round": 1, "SubmittedAt": "2026-10-14T14:41:34.025813+00:00", "SubmittedBy": "01a23734-2568-776e-9354-18e35a0abbc3", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b", "ScorePercent": 100}	\N	assessment_submitted	2026-12-02 14:41:34.443896+00	*DEFAULT*	Keurmerk.Domain.Assessments.AssessmentSubmitted, Keurmerk.Domain	f
54	7b28187b-886a-47f3-a165-24aa11947a60	01a23734-2598-7d15-b31f-fea8f4b89b5b	40	{"Round": 1, "StartedAt": "2026-11-04T14:41:34.025813+00:00", "ReviewerId": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	review_started	2026-12-02 14:41:34.780394+00	*DEFAULT*	Keurmerk.Domain.Assessments.ReviewStarted, Keurmerk.Domain	f
55	547f6947-01fc-4208-97f5-2079ff2930be	01a23734-2598-7d15-b31f-fea8f4b89b5b	41	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REC-01", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
56	e8358fdd-0ba3-4ea5-99d2-937339aaf97c	01a23734-2598-7d15-b31f-fea8f4b89b5b	42	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REC-02", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
57	0697b123-f275-430c-9c4e-76ee9826f39b	01a23734-2598-7d15-b31f-fea8f4b89b5b	43	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REC-03", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
58	b102b754-a56f-4a29-8669-083e5d728dae	01a23734-2598-7d15-b31f-fea8f4b89b5b	44	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REC-04", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
59	c7d6b003-2948-42fc-b26f-0383a2081eeb	01a23734-2598-7d15-b31f-fea8f4b89b5b	45	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REC-05", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
60	9ac29d7e-ca72-4381-884f-5d3282e0b065	01a23734-2598-7d15-b31f-fea8f4b89b5b	46	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REC-07", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
61	d8ebb7a4-6bf8-4996-8fb1-af5aea88b1b9	01a23734-2598-7d15-b31f-fea8f4b89b5b	47	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REP-01", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
62	d3070d90-90aa-4a28-b4d3-622ce716b50f	01a23734-2598-7d15-b31f-fea8f4b89b5b	48	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REP-02", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
63	f0c795c0-9992-4c79-80e8-5df8757b85c8	01a23734-2598-7d15-b31f-fea8f4b89b5b	49	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REP-03", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
64	c972c369-406b-4a48-aefd-cad66c42b067	01a23734-2598-7d15-b31f-fea8f4b89b5b	50	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REP-04", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
65	be60d5e3-f59d-432c-85c6-1ba516cdeba2	01a23734-2598-7d15-b31f-fea8f4b89b5b	51	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REP-05", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
66	7028f8e7-ae32-4439-b60f-c0f9c81ab5cf	01a23734-2598-7d15-b31f-fea8f4b89b5b	52	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REP-06", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
67	9495d9d6-d795-496c-aafb-5abcafe82add	01a23734-2598-7d15-b31f-fea8f4b89b5b	53	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REP-07", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
68	d0dcbc47-17dd-4f9e-aa4e-958a43bb2e6e	01a23734-2598-7d15-b31f-fea8f4b89b5b	54	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "TRN-01", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
69	2d1cc24e-87e3-4c80-a6a4-39ed82687648	01a23734-2598-7d15-b31f-fea8f4b89b5b	55	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "TRN-02", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
70	85c6f5a5-c630-4917-8de1-9dba3e9cfcbc	01a23734-2598-7d15-b31f-fea8f4b89b5b	56	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "TRN-03", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
71	cb623fdf-8dc8-4a80-8b72-b4164de7dce2	01a23734-2598-7d15-b31f-fea8f4b89b5b	57	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "TRN-04", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
72	2bd6572e-76c2-412b-955e-973cd2223d2f	01a23734-2598-7d15-b31f-fea8f4b89b5b	58	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "TRN-05", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
73	c75a2026-d0a7-48dd-822a-e9f1e2115f56	01a23734-2598-7d15-b31f-fea8f4b89b5b	59	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "SUP-01", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
74	cb68793d-674e-46b7-99b9-97a1a97a317c	01a23734-2598-7d15-b31f-fea8f4b89b5b	60	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "SUP-02", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
75	30967195-3aba-4db5-981c-c8d544fb7e49	01a23734-2598-7d15-b31f-fea8f4b89b5b	61	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "SUP-03", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
76	861c0c60-9c21-4345-9fa8-caf718b8d8e1	01a23734-2598-7d15-b31f-fea8f4b89b5b	62	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "SUP-04", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
77	60660381-8f8f-4c9e-9628-a1fe0db7c663	01a23734-2598-7d15-b31f-fea8f4b89b5b	63	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "SUP-05", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
78	8a3d69e8-b52c-480f-be50-52196308739e	01a23734-2598-7d15-b31f-fea8f4b89b5b	64	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "SUP-06", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
79	f7d4c3c7-4a35-4f2b-9be9-bb4c9e543fa3	01a23734-2598-7d15-b31f-fea8f4b89b5b	65	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "COM-01", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
80	6448fe4a-c7c5-4bfe-9f0e-a1243467c3b2	01a23734-2598-7d15-b31f-fea8f4b89b5b	66	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "COM-02", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
81	46a09cdf-f34b-4775-a703-b8ea07d11ca0	01a23734-2598-7d15-b31f-fea8f4b89b5b	67	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "COM-03", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
82	3c8251fb-f081-4e09-a4f8-e5910f5c5ddd	01a23734-2598-7d15-b31f-fea8f4b89b5b	68	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "COM-04", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
83	0f5f035a-20aa-4429-845b-f5f8c6456a99	01a23734-2598-7d15-b31f-fea8f4b89b5b	69	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "COM-05", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
84	f6c5fcd9-d35e-44bf-81ff-1eb07120f3e2	01a23734-2598-7d15-b31f-fea8f4b89b5b	70	{"Round": 1, "JudgedAt": "2026-11-04T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "COM-06", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	criterion_judged	2026-12-02 14:41:34.893533+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
85	75278c82-b06b-4609-b80d-a1bc21b55ac6	01a23734-2598-7d15-b31f-fea8f4b89b5b	71	{"Round": 1, "Motivation": "Alle criteria zijn aantoonbaar op orde; goedkeuren.", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b", "RecommendedAt": "2026-11-05T14:41:34.025813+00:00", "RecommendedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Recommendation": "Approve"}	\N	decision_recommended	2026-12-02 14:41:35.000557+00	*DEFAULT*	Keurmerk.Domain.Assessments.DecisionRecommended, Keurmerk.Domain	f
86	e0ffe9ec-3b04-4e82-8366-f1d1b485df19	01a23734-2598-7d15-b31f-fea8f4b89b5b	72	{"Round": 1, "DecidedAt": "2026-11-11T14:41:34.025813+00:00", "DecidedBy": "01a23734-159a-747f-b7e4-d2b57a606b1b", "Motivation": "Advies overgenomen: voldoet aan de standaard.", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b"}	\N	assessment_approved	2026-12-02 14:41:35.158493+00	*DEFAULT*	Keurmerk.Domain.Assessments.AssessmentApproved, Keurmerk.Domain	f
87	49fdcb14-b462-427e-8ed5-ed9eda484c53	01a23734-2598-7d15-b31f-fea8f4b89b5b	73	{"City": "Den Haag", "Sector": "techniek", "IssuedAt": "2026-11-11T14:41:34.025813+00:00", "IssuedBy": "01a23734-159a-747f-b7e4-d2b57a606b1b", "KvkNumber": "27418530", "ValidFrom": "2026-11-11", "ValidUntil": "2028-11-10", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b", "OrganisationId": "01a23734-2568-776e-9354-18e35a0abbc3", "CriteriaVersion": 1, "OrganisationName": "Installatietechniek Hofstad B.V.", "CertificateNumber": "HSS-2026-00001"}	\N	certificate_issued	2026-12-02 14:41:35.158493+00	*DEFAULT*	Keurmerk.Domain.Assessments.CertificateIssued, Keurmerk.Domain	f
88	e9e15c4c-9d83-481e-847d-b4e6100b968d	01a23734-2b2f-7ea6-9451-24a603faead7	1	{"City": "Delft", "Sector": "zorg", "Standard": "haagse-stagestandaard", "KvkNumber": "41159862", "SizeClass": "Large", "StartedAt": "2026-06-02T14:41:34.025813+00:00", "StartedBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7", "OrganisationId": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriteriaVersion": 1, "OrganisationName": "Zorggroep Vlietstede"}	\N	assessment_started	2026-12-02 14:41:35.535622+00	*DEFAULT*	Keurmerk.Domain.Assessments.AssessmentStarted, Keurmerk.Domain	f
89	d7028a70-d0fb-4603-9419-3d8e11dd94ac	01a23734-2b2f-7ea6-9451-24a603faead7	2	{"Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "REC-01", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
90	f5923400-95dc-43a0-9459-16a3856900c1	01a23734-2b2f-7ea6-9451-24a603faead7	3	{"Value": "always", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "REC-02", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
91	f4611760-b4de-4fa2-b7ea-138687cb4316	01a23734-2b2f-7ea6-9451-24a603faead7	4	{"Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "REC-03", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
92	8973282b-2611-4186-adb7-82bf7b858cb6	01a23734-2b2f-7ea6-9451-24a603faead7	5	{"Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "REC-04", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
93	3675661f-3426-4452-83a3-792e858a08cd	01a23734-2b2f-7ea6-9451-24a603faead7	6	{"Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "REC-05", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
94	315d3a13-8746-451e-af54-d67e9819ba17	01a23734-2b2f-7ea6-9451-24a603faead7	7	{"Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "REC-06", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
95	0e595fe5-d016-43c0-9c6c-48a0c39e68a0	01a23734-2b2f-7ea6-9451-24a603faead7	8	{"Value": "recorded-and-explained", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "REC-07", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
96	ac365adb-3127-4727-8c79-ae6bdcce4721	01a23734-2b2f-7ea6-9451-24a603faead7	9	{"Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "REP-01", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
97	f8ccb9c3-2ee4-494b-8559-49384fc60c77	01a23734-2b2f-7ea6-9451-24a603faead7	10	{"Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "REP-02", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
98	3445ebec-745a-47a6-ad65-1d88a00901ba	01a23734-2b2f-7ea6-9451-24a603faead7	11	{"Value": "within-one-week", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "REP-04", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
99	554282c0-888c-402c-90f9-c10c34a90e0c	01a23734-2b2f-7ea6-9451-24a603faead7	12	{"Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "REP-05", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
100	5ac634ab-576b-4dd3-9de2-006b903960b2	01a23734-2b2f-7ea6-9451-24a603faead7	13	{"Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "REP-06", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
101	7008143f-be8b-442a-a5e6-4cee7e47da92	01a23734-2b2f-7ea6-9451-24a603faead7	14	{"Value": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "REP-07", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
102	5de49bc9-1db6-4852-84bb-c3f5a6550088	01a23734-2b2f-7ea6-9451-24a603faead7	15	{"Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "TRN-01", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
103	403a5e49-8752-4d3f-82eb-18986f90ccd7	01a23734-2b2f-7ea6-9451-24a603faead7	16	{"Value": "twice-a-year-or-more", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "TRN-02", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
104	2f85aa53-7e89-440c-b634-6c845b43d70b	01a23734-2b2f-7ea6-9451-24a603faead7	17	{"Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "TRN-03", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
105	c631cdff-a088-4925-bf59-a6cf3ce30f65	01a23734-2b2f-7ea6-9451-24a603faead7	18	{"Value": "every-year", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "TRN-04", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
106	20627548-00d4-4c70-b00d-d01b7b1c6a96	01a23734-2b2f-7ea6-9451-24a603faead7	19	{"Value": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "TRN-05", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
107	5a88c0ff-ba89-4fe6-8b1c-36a315df5088	01a23734-2b2f-7ea6-9451-24a603faead7	20	{"Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "SUP-01", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
108	c29346f8-09fc-4051-a71d-a5491c68ee92	01a23734-2b2f-7ea6-9451-24a603faead7	21	{"Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "SUP-02", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
109	88e49ad5-fbd9-4dc6-98a2-4c10f1ca8a26	01a23734-2b2f-7ea6-9451-24a603faead7	22	{"Value": "every-two-weeks", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "SUP-03", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
110	a9a4edba-cfcd-497e-9a42-1fa0b5223cbf	01a23734-2b2f-7ea6-9451-24a603faead7	23	{"Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "SUP-04", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
111	e460afdd-e735-4a32-8ea3-b0a73bac8fcd	01a23734-2b2f-7ea6-9451-24a603faead7	24	{"Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "SUP-05", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
112	04d1636d-2019-42ac-9d44-565051482a70	01a23734-2b2f-7ea6-9451-24a603faead7	25	{"Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "SUP-06", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
113	535ae434-f1da-47d3-a508-81a517b72d15	01a23734-2b2f-7ea6-9451-24a603faead7	26	{"Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "COM-01", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
114	f976be0e-80c9-4360-b9b3-ea1fb8259ea6	01a23734-2b2f-7ea6-9451-24a603faead7	27	{"Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "COM-02", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
115	507ddd6f-6c4d-43f9-82de-8a098effddd4	01a23734-2b2f-7ea6-9451-24a603faead7	28	{"Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "COM-03", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
116	9e8bd3bf-b018-4b08-a85c-2d4b69cef11e	01a23734-2b2f-7ea6-9451-24a603faead7	29	{"Value": "active-contribution", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "COM-04", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
117	dd1d1cd6-97de-45ae-9ab0-3f870d5bb54c	01a23734-2b2f-7ea6-9451-24a603faead7	30	{"Value": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "COM-05", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
118	b5b814c3-d018-4182-894b-92f1e178fb59	01a23734-2b2f-7ea6-9451-24a603faead7	31	{"Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "COM-06", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
119	847b8e08-d666-4e8a-99af-c33cd7879b9e	01a23734-2b2f-7ea6-9451-24a603faead7	32	{"Value": "yes", "AnsweredAt": "2026-06-03T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriterionId": "COM-07", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_answered	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
120	5b7dfe97-4142-4d89-a960-44ea5a3d88bd	01a23734-2b2f-7ea6-9451-24a603faead7	33	{"Sha256": "cf6d7f6a868b2e0be73d9bb72ba2cc4063f7bef7bfddc34bce410d7fd1bae791", "FileName": "bewijs-REC-01.pdf", "AttachedAt": "2026-06-03T14:41:34.025813+00:00", "AttachedBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "EvidenceId": "01a23734-2b43-7001-ac26-92802fb90313", "ContentType": "application/pdf", "CriterionId": "REC-01", "SizeInBytes": 40, "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	evidence_attached	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.EvidenceAttached, Keurmerk.Domain	f
121	7b0dddce-f106-4432-9294-08e9c1619bf1	01a23734-2b2f-7ea6-9451-24a603faead7	34	{"Sha256": "d26afb748873c3a3f03d900f811270f3f35ee1810dce7d6e13e5d057a1b4793f", "FileName": "bewijs-REP-01.pdf", "AttachedAt": "2026-06-03T14:41:34.025813+00:00", "AttachedBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "EvidenceId": "01a23734-2b43-73ea-a67f-7370f1c03ee9", "ContentType": "application/pdf", "CriterionId": "REP-01", "SizeInBytes": 40, "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	evidence_attached	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.EvidenceAttached, Keurmerk.Domain	f
122	4e71a1e6-43f6-4c8b-97ef-837baf44fe96	01a23734-2b2f-7ea6-9451-24a603faead7	35	{"Sha256": "702ea7758952ac0c8f56a9d99342f56a707294827c8e67556964372c0dbf5df2", "FileName": "bewijs-REP-02.pdf", "AttachedAt": "2026-06-03T14:41:34.025813+00:00", "AttachedBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "EvidenceId": "01a23734-2b43-7694-a533-d389ed8c7d68", "ContentType": "application/pdf", "CriterionId": "REP-02", "SizeInBytes": 40, "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	evidence_attached	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.EvidenceAttached, Keurmerk.Domain	f
123	ebae72d0-bfb7-4b34-acef-9c7741089a2e	01a23734-2b2f-7ea6-9451-24a603faead7	36	{"Sha256": "862a32e5c17e67dda1352210eca9468ed643e5d798d55a2b9f9b75cd0aa47f12", "FileName": "bewijs-TRN-01.pdf", "AttachedAt": "2026-06-03T14:41:34.025813+00:00", "AttachedBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "EvidenceId": "01a23734-2b43-7d72-87c1-29d1b2fcfd4f", "ContentType": "application/pdf", "CriterionId": "TRN-01", "SizeInBytes": 40, "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	evidence_attached	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.EvidenceAttached, Keurmerk.Domain	f
124	ea04a7bf-1096-43fa-9b03-88f26c8ccfb2	01a23734-2b2f-7ea6-9451-24a603faead7	37	{"Sha256": "84a4777dccc474a34a9f51e93339431d3193807356658802b24193108275a2df", "FileName": "bewijs-SUP-05.pdf", "AttachedAt": "2026-06-03T14:41:34.025813+00:00", "AttachedBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "EvidenceId": "01a23734-2b43-785c-811e-ca39854f003e", "ContentType": "application/pdf", "CriterionId": "SUP-05", "SizeInBytes": 40, "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	evidence_attached	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.EvidenceAttached, Keurmerk.Domain	f
125	7b763ed6-a349-41fd-a020-37405963dad9	01a23734-2b2f-7ea6-9451-24a603faead7	38	{"Sha256": "11b2dcc698a2c1cfa2b5b3347a5788b50fbb9c275a367771f4f2b4b3726ff41a", "FileName": "bewijs-COM-01.pdf", "AttachedAt": "2026-06-03T14:41:34.025813+00:00", "AttachedBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "EvidenceId": "01a23734-2b43-7790-bdd6-e9179f525b31", "ContentType": "application/pdf", "CriterionId": "COM-01", "SizeInBytes": 40, "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	evidence_attached	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.EvidenceAttached, Keurmerk.Domain	f
126	1e81f1dd-8ede-4ec2-a515-1deeed8b4a53	01a23734-2b2f-7ea6-9451-24a603faead7	39	{"Sha256": "123eaefc3f0a62c84972ea3b9e032bbf3ff3d63e9afdfd72160fcc72485e4004", "FileName": "bewijs-COM-02.pdf", "AttachedAt": "2026-06-03T14:41:34.025813+00:00", "AttachedBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "EvidenceId": "01a23734-2b43-774e-bc45-fc6285b9b0b4", "ContentType": "application/pdf", "CriterionId": "COM-02", "SizeInBytes": 40, "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	evidence_attached	2026-12-02 14:41:35.571839+00	*DEFAULT*	Keurmerk.Domain.Assessments.EvidenceAttached, Keurmerk.Domain	f
127	9f8dba68-64de-4d6b-b591-477102faf165	01a23734-2b2f-7ea6-9451-24a603faead7	40	{"Round": 1, "SubmittedAt": "2026-06-04T14:41:34.025813+00:00", "SubmittedBy": "01a23734-2b0f-76c8-8cba-2455c106baa8", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7", "ScorePercent": 100}	\N	assessment_submitted	2026-12-02 14:41:35.623908+00	*DEFAULT*	Keurmerk.Domain.Assessments.AssessmentSubmitted, Keurmerk.Domain	f
128	53ed66d3-4994-49f9-85d9-cde83a627a05	01a23734-2b2f-7ea6-9451-24a603faead7	41	{"Round": 1, "StartedAt": "2026-06-25T14:41:34.025813+00:00", "ReviewerId": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	review_started	2026-12-02 14:41:35.683406+00	*DEFAULT*	Keurmerk.Domain.Assessments.ReviewStarted, Keurmerk.Domain	f
129	23f71ed0-e4a7-4573-97dc-42638f7c6c3c	01a23734-2b2f-7ea6-9451-24a603faead7	42	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REC-01", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
130	4c36bdc6-2f1d-4889-817b-5ea680692a2b	01a23734-2b2f-7ea6-9451-24a603faead7	43	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REC-02", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
131	183e8ccd-6c55-4afb-9397-971c37c5d3d2	01a23734-2b2f-7ea6-9451-24a603faead7	44	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REC-03", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
132	fb751518-abbb-4f4f-82a5-6b40971e8915	01a23734-2b2f-7ea6-9451-24a603faead7	45	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REC-04", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
133	dd02eb2f-b90c-499d-b9cd-805ab3ffe47e	01a23734-2b2f-7ea6-9451-24a603faead7	46	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REC-05", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
134	c89953df-3a67-4d98-9276-5a2e92d5eee6	01a23734-2b2f-7ea6-9451-24a603faead7	47	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REC-06", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
135	729871f1-bfff-462f-ba87-4538a4168655	01a23734-2b2f-7ea6-9451-24a603faead7	48	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REC-07", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
136	6dff9875-ab87-4d3c-8300-654e0e8fe53d	01a23734-2b2f-7ea6-9451-24a603faead7	49	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REP-01", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
137	3d2bba34-44db-4713-97da-c5265538a80a	01a23734-2b2f-7ea6-9451-24a603faead7	50	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REP-02", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
138	0b82578d-9f7d-45b4-b0f4-d619b684f527	01a23734-2b2f-7ea6-9451-24a603faead7	51	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REP-04", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
139	2a0962c5-2f43-453d-81f5-cb714aadc2d4	01a23734-2b2f-7ea6-9451-24a603faead7	52	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REP-05", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
140	b5d1a3b4-56f2-43b9-8fd7-337991c0fdaa	01a23734-2b2f-7ea6-9451-24a603faead7	53	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REP-06", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
141	e63b8363-61f0-4ee0-9293-7e27b34ad907	01a23734-2b2f-7ea6-9451-24a603faead7	54	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REP-07", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
142	ab414065-2c5d-401d-9df7-944958f7fc64	01a23734-2b2f-7ea6-9451-24a603faead7	55	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "TRN-01", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
143	a9c46a3f-2650-40f0-852a-fdd43884e763	01a23734-2b2f-7ea6-9451-24a603faead7	56	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "TRN-02", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
144	b11ab835-6e8c-49a7-9533-44625c821987	01a23734-2b2f-7ea6-9451-24a603faead7	57	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "TRN-03", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
145	ad9e00dd-d759-4a59-884f-538781bd29d3	01a23734-2b2f-7ea6-9451-24a603faead7	58	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "TRN-04", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
146	793a54b0-93c8-4d88-9676-14bea2f47907	01a23734-2b2f-7ea6-9451-24a603faead7	59	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "TRN-05", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
147	bb636642-f686-41f6-9c66-946ab272ee58	01a23734-2b2f-7ea6-9451-24a603faead7	60	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "SUP-01", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
148	6ba5b706-50ee-44c7-b77f-ce2f9786b5be	01a23734-2b2f-7ea6-9451-24a603faead7	61	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "SUP-02", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
149	15a34c8c-9cce-4f9b-884e-9d8595ef981f	01a23734-2b2f-7ea6-9451-24a603faead7	62	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "SUP-03", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
150	5f2e2e8a-1645-43dc-bc60-89cbf423c2a5	01a23734-2b2f-7ea6-9451-24a603faead7	63	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "SUP-04", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
151	b57c0d7c-de97-4287-a421-4c3236b63e64	01a23734-2b2f-7ea6-9451-24a603faead7	64	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "SUP-05", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
152	51efc646-8580-42af-afe6-c0a0994a8aac	01a23734-2b2f-7ea6-9451-24a603faead7	65	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "SUP-06", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
153	ba5779ed-7ae6-4bf3-9692-6e3bb181b301	01a23734-2b2f-7ea6-9451-24a603faead7	66	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "COM-01", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
154	abbbda9f-4fdd-4af7-903f-08fbe93e69ac	01a23734-2b2f-7ea6-9451-24a603faead7	67	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "COM-02", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
155	c5b697ab-6f09-4063-86cc-66b1bcaff380	01a23734-2b2f-7ea6-9451-24a603faead7	68	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "COM-03", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
156	15950337-e961-4639-b02e-43945d533f08	01a23734-2b2f-7ea6-9451-24a603faead7	69	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "COM-04", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
157	e5444916-64f6-435a-afdb-b0491f77a889	01a23734-2b2f-7ea6-9451-24a603faead7	70	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "COM-05", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
158	c4b2bca0-4cc0-4013-979f-a933a8b8c5ee	01a23734-2b2f-7ea6-9451-24a603faead7	71	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "COM-06", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
159	d6944d72-8be3-413c-b321-d4091894dab8	01a23734-2b2f-7ea6-9451-24a603faead7	72	{"Round": 1, "JudgedAt": "2026-06-25T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "COM-07", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	criterion_judged	2026-12-02 14:41:35.729156+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
160	d2161de7-32c0-4311-9d67-b4acb466e518	01a23734-2b2f-7ea6-9451-24a603faead7	73	{"Round": 1, "Motivation": "Alle criteria zijn aantoonbaar op orde; goedkeuren.", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7", "RecommendedAt": "2026-06-26T14:41:34.025813+00:00", "RecommendedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Recommendation": "Approve"}	\N	decision_recommended	2026-12-02 14:41:35.771926+00	*DEFAULT*	Keurmerk.Domain.Assessments.DecisionRecommended, Keurmerk.Domain	f
161	4f89dc0a-197f-45cb-9cd0-e2458de47539	01a23734-2b2f-7ea6-9451-24a603faead7	74	{"Round": 1, "DecidedAt": "2026-07-02T14:41:34.025813+00:00", "DecidedBy": "01a23734-159a-747f-b7e4-d2b57a606b1b", "Motivation": "Advies overgenomen: voldoet aan de standaard.", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7"}	\N	assessment_approved	2026-12-02 14:41:35.878475+00	*DEFAULT*	Keurmerk.Domain.Assessments.AssessmentApproved, Keurmerk.Domain	f
162	e1087ce6-ae42-4ccb-9a8f-408252ba5ab9	01a23734-2b2f-7ea6-9451-24a603faead7	75	{"City": "Delft", "Sector": "zorg", "IssuedAt": "2026-07-02T14:41:34.025813+00:00", "IssuedBy": "01a23734-159a-747f-b7e4-d2b57a606b1b", "KvkNumber": "41159862", "ValidFrom": "2026-07-02", "ValidUntil": "2028-07-01", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7", "OrganisationId": "01a23734-2b0f-76c8-8cba-2455c106baa8", "CriteriaVersion": 1, "OrganisationName": "Zorggroep Vlietstede", "CertificateNumber": "HSS-2026-00002"}	\N	certificate_issued	2026-12-02 14:41:35.878475+00	*DEFAULT*	Keurmerk.Domain.Assessments.CertificateIssued, Keurmerk.Domain	f
163	7c2e2f65-9b9b-44f5-b6ca-0df9b3be67bc	01a23734-2b2f-7ea6-9451-24a603faead7	76	{"Reason": "Een melding van een stagiair over uitsluiting wordt onderzocht.", "SuspendedAt": "2026-11-29T14:41:34.025813+00:00", "SuspendedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "AssessmentId": "01a23734-2b2f-7ea6-9451-24a603faead7", "CertificateNumber": "HSS-2026-00002"}	\N	certificate_suspended	2026-12-02 14:41:35.976333+00	*DEFAULT*	Keurmerk.Domain.Assessments.CertificateSuspended, Keurmerk.Domain	f
164	5c7079e6-4486-45d8-8824-67d034a8a531	01a23734-2d4a-7fd3-8024-643200c141b0	1	{"City": "Zoetermeer", "Sector": "grafisch", "Standard": "haagse-stagestandaard", "KvkNumber": "30672148", "SizeClass": "Small", "StartedAt": "2024-10-27T14:41:34.025813+00:00", "StartedBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0", "OrganisationId": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriteriaVersion": 1, "OrganisationName": "Drukkerij Meerzicht B.V."}	\N	assessment_started	2026-12-02 14:41:36.075075+00	*DEFAULT*	Keurmerk.Domain.Assessments.AssessmentStarted, Keurmerk.Domain	f
165	bc592d5e-4ce3-42e8-9ce1-a316398e15b4	01a23734-2d4a-7fd3-8024-643200c141b0	2	{"Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "REC-01", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
166	f31c1f16-895f-40cd-8151-4592c7a08df7	01a23734-2d4a-7fd3-8024-643200c141b0	3	{"Value": "always", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "REC-02", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
167	1e1d8d16-b724-4a7a-9ed6-d3bfd868fb9f	01a23734-2d4a-7fd3-8024-643200c141b0	4	{"Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "REC-03", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
168	a42710bc-1167-41cc-8fcd-d0101f86e3fd	01a23734-2d4a-7fd3-8024-643200c141b0	5	{"Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "REC-04", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
169	9afd9cc5-21c6-4da3-bbd9-c109a45e8cdc	01a23734-2d4a-7fd3-8024-643200c141b0	6	{"Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "REC-05", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
170	3f2d68a7-77c5-4a35-85f9-226ad34e43dc	01a23734-2d4a-7fd3-8024-643200c141b0	7	{"Value": "recorded-and-explained", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "REC-07", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
171	105b8208-a290-4f7b-8e61-082f0f1c1c37	01a23734-2d4a-7fd3-8024-643200c141b0	8	{"Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "REP-01", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
172	bc98b259-b8fe-4940-8f0a-fb9282bbb681	01a23734-2d4a-7fd3-8024-643200c141b0	9	{"Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "REP-02", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
173	5fda33cd-98f8-465a-98c2-a33ae298cbe0	01a23734-2d4a-7fd3-8024-643200c141b0	10	{"Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "REP-03", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
174	d0b91e1a-61f7-452a-b423-879109167980	01a23734-2d4a-7fd3-8024-643200c141b0	11	{"Value": "within-one-week", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "REP-04", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
175	3bec28a0-c1a4-4241-acef-6674bb8fd9d1	01a23734-2d4a-7fd3-8024-643200c141b0	12	{"Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "REP-05", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
176	66edb4b3-c972-4b88-b3a5-98594ecdb5a0	01a23734-2d4a-7fd3-8024-643200c141b0	13	{"Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "REP-06", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
177	c1165c85-2711-4261-9a1a-e2ad6b4d4bbc	01a23734-2d4a-7fd3-8024-643200c141b0	14	{"Value": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "REP-07", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
178	2f12da1f-67d0-43ba-a8f4-4a630ff7d041	01a23734-2d4a-7fd3-8024-643200c141b0	15	{"Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "TRN-01", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
179	7319b09c-c0de-47e2-bf7c-24041c60cb2b	01a23734-2d4a-7fd3-8024-643200c141b0	16	{"Value": "twice-a-year-or-more", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "TRN-02", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
180	59fdd615-e01c-4477-801e-6f4c408c1e25	01a23734-2d4a-7fd3-8024-643200c141b0	17	{"Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "TRN-03", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
181	b07b31b1-0071-49d2-997f-7b9b3af44b1e	01a23734-2d4a-7fd3-8024-643200c141b0	18	{"Value": "every-year", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "TRN-04", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
182	8440ff84-33fb-4626-b081-f928d02f1d56	01a23734-2d4a-7fd3-8024-643200c141b0	19	{"Value": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "TRN-05", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
183	21189e77-3c2a-4586-a51e-725b52beb9f3	01a23734-2d4a-7fd3-8024-643200c141b0	20	{"Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "SUP-01", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
184	01693a3a-2335-46b5-9396-fe4035cfb3d8	01a23734-2d4a-7fd3-8024-643200c141b0	21	{"Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "SUP-02", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
185	873f5ce4-779e-4f56-a7d9-8f666155e8f7	01a23734-2d4a-7fd3-8024-643200c141b0	22	{"Value": "every-two-weeks", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "SUP-03", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
186	e8399c41-7aa4-4e2f-b3a3-2a19cca3e9a6	01a23734-2d4a-7fd3-8024-643200c141b0	23	{"Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "SUP-04", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
187	e0c5aa70-76ac-4548-9f82-d9887d8fa757	01a23734-2d4a-7fd3-8024-643200c141b0	24	{"Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "SUP-05", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
188	2aa7bbb6-52d1-4dbb-a411-32b5d8619ebb	01a23734-2d4a-7fd3-8024-643200c141b0	25	{"Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "SUP-06", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
189	cfca98b5-9b14-4154-9aff-82e3c6c20e37	01a23734-2d4a-7fd3-8024-643200c141b0	26	{"Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "COM-01", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
190	6bea9cca-63b7-4f8a-9b2c-976c4ab142c8	01a23734-2d4a-7fd3-8024-643200c141b0	27	{"Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "COM-02", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
191	d85da009-8217-4aff-8c47-b2b4766dee28	01a23734-2d4a-7fd3-8024-643200c141b0	28	{"Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "COM-03", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
192	27768b9a-2e9a-46cf-b06e-90700c97a2d0	01a23734-2d4a-7fd3-8024-643200c141b0	29	{"Value": "active-contribution", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "COM-04", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
193	8f2ecbb9-4d0d-401d-96e7-c56e106936bd	01a23734-2d4a-7fd3-8024-643200c141b0	30	{"Value": "Elke melding bespreken we binnen twee weken met de stagiair en de school.", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "COM-05", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
194	ff49718d-37d5-4d43-9692-d035eae1d717	01a23734-2d4a-7fd3-8024-643200c141b0	31	{"Value": "yes", "AnsweredAt": "2024-10-28T14:41:34.025813+00:00", "AnsweredBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriterionId": "COM-06", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_answered	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionAnswered, Keurmerk.Domain	f
195	e37f5fd4-c9d6-4270-afa8-d914455736d2	01a23734-2d4a-7fd3-8024-643200c141b0	32	{"Sha256": "cf6d7f6a868b2e0be73d9bb72ba2cc4063f7bef7bfddc34bce410d7fd1bae791", "FileName": "bewijs-REC-01.pdf", "AttachedAt": "2024-10-28T14:41:34.025813+00:00", "AttachedBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "EvidenceId": "01a23734-2d5a-77be-b2d0-7075dfe52cb7", "ContentType": "application/pdf", "CriterionId": "REC-01", "SizeInBytes": 40, "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	evidence_attached	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.EvidenceAttached, Keurmerk.Domain	f
196	0805fc5e-68b8-4244-989d-41cf7c86530e	01a23734-2d4a-7fd3-8024-643200c141b0	33	{"Sha256": "d26afb748873c3a3f03d900f811270f3f35ee1810dce7d6e13e5d057a1b4793f", "FileName": "bewijs-REP-01.pdf", "AttachedAt": "2024-10-28T14:41:34.025813+00:00", "AttachedBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "EvidenceId": "01a23734-2d5a-718f-8350-f5f5fbce31ef", "ContentType": "application/pdf", "CriterionId": "REP-01", "SizeInBytes": 40, "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	evidence_attached	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.EvidenceAttached, Keurmerk.Domain	f
197	ed9e85c4-5539-460d-9ccc-9fd9c6963b40	01a23734-2d4a-7fd3-8024-643200c141b0	34	{"Sha256": "702ea7758952ac0c8f56a9d99342f56a707294827c8e67556964372c0dbf5df2", "FileName": "bewijs-REP-02.pdf", "AttachedAt": "2024-10-28T14:41:34.025813+00:00", "AttachedBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "EvidenceId": "01a23734-2d5a-7fea-9e10-17661a3a51f6", "ContentType": "application/pdf", "CriterionId": "REP-02", "SizeInBytes": 40, "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	evidence_attached	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.EvidenceAttached, Keurmerk.Domain	f
198	69acb266-b5d7-438d-b13d-460133bb5520	01a23734-2d4a-7fd3-8024-643200c141b0	35	{"Sha256": "862a32e5c17e67dda1352210eca9468ed643e5d798d55a2b9f9b75cd0aa47f12", "FileName": "bewijs-TRN-01.pdf", "AttachedAt": "2024-10-28T14:41:34.025813+00:00", "AttachedBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "EvidenceId": "01a23734-2d5a-7338-b577-721b04bbf7d9", "ContentType": "application/pdf", "CriterionId": "TRN-01", "SizeInBytes": 40, "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	evidence_attached	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.EvidenceAttached, Keurmerk.Domain	f
199	8d44e5df-b6e0-4bf9-88c8-cf02554024c9	01a23734-2d4a-7fd3-8024-643200c141b0	36	{"Sha256": "84a4777dccc474a34a9f51e93339431d3193807356658802b24193108275a2df", "FileName": "bewijs-SUP-05.pdf", "AttachedAt": "2024-10-28T14:41:34.025813+00:00", "AttachedBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "EvidenceId": "01a23734-2d5a-7579-aec8-52ec66d7d0e7", "ContentType": "application/pdf", "CriterionId": "SUP-05", "SizeInBytes": 40, "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	evidence_attached	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.EvidenceAttached, Keurmerk.Domain	f
200	31d5b963-5dc2-4906-8fec-ac8c0fbe7268	01a23734-2d4a-7fd3-8024-643200c141b0	37	{"Sha256": "11b2dcc698a2c1cfa2b5b3347a5788b50fbb9c275a367771f4f2b4b3726ff41a", "FileName": "bewijs-COM-01.pdf", "AttachedAt": "2024-10-28T14:41:34.025813+00:00", "AttachedBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "EvidenceId": "01a23734-2d5a-7cb1-91d4-311bdb9fbd7c", "ContentType": "application/pdf", "CriterionId": "COM-01", "SizeInBytes": 40, "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	evidence_attached	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.EvidenceAttached, Keurmerk.Domain	f
201	918c5718-a4b4-4d2a-b2d7-5e5ad217b04f	01a23734-2d4a-7fd3-8024-643200c141b0	38	{"Sha256": "123eaefc3f0a62c84972ea3b9e032bbf3ff3d63e9afdfd72160fcc72485e4004", "FileName": "bewijs-COM-02.pdf", "AttachedAt": "2024-10-28T14:41:34.025813+00:00", "AttachedBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "EvidenceId": "01a23734-2d5a-780b-940b-7bd57f03443e", "ContentType": "application/pdf", "CriterionId": "COM-02", "SizeInBytes": 40, "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	evidence_attached	2026-12-02 14:41:36.095354+00	*DEFAULT*	Keurmerk.Domain.Assessments.EvidenceAttached, Keurmerk.Domain	f
202	10af4447-1075-4127-8a09-6cd77b850a47	01a23734-2d4a-7fd3-8024-643200c141b0	39	{"Round": 1, "SubmittedAt": "2024-10-29T14:41:34.025813+00:00", "SubmittedBy": "01a23734-2d3f-757f-aa86-0ca177a34159", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0", "ScorePercent": 100}	\N	assessment_submitted	2026-12-02 14:41:36.13472+00	*DEFAULT*	Keurmerk.Domain.Assessments.AssessmentSubmitted, Keurmerk.Domain	f
203	3603d012-ad15-4b61-993d-26b086c2a1b5	01a23734-2d4a-7fd3-8024-643200c141b0	40	{"Round": 1, "StartedAt": "2024-11-19T14:41:34.025813+00:00", "ReviewerId": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	review_started	2026-12-02 14:41:36.173705+00	*DEFAULT*	Keurmerk.Domain.Assessments.ReviewStarted, Keurmerk.Domain	f
204	40029be9-93a8-4593-b937-f0b2db109e91	01a23734-2d4a-7fd3-8024-643200c141b0	41	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REC-01", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
205	f52f056d-673c-4109-a3dd-f849c890b236	01a23734-2d4a-7fd3-8024-643200c141b0	42	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REC-02", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
206	5c5d928d-461c-40a7-87e4-8199c9617a66	01a23734-2d4a-7fd3-8024-643200c141b0	43	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REC-03", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
207	394663a3-940a-4975-802a-cbf8c69533a1	01a23734-2d4a-7fd3-8024-643200c141b0	44	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REC-04", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
208	ffd71dc2-eb77-43d4-9011-955a457ec1c8	01a23734-2d4a-7fd3-8024-643200c141b0	45	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REC-05", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
209	611c3cb8-900d-4e9c-b1d1-0fdcae89ce77	01a23734-2d4a-7fd3-8024-643200c141b0	46	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REC-07", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
210	347da92b-aef1-4a46-a7f7-83b31733ec33	01a23734-2d4a-7fd3-8024-643200c141b0	47	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REP-01", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
211	213f9577-bb04-4c0d-ade6-96450fffe3b2	01a23734-2d4a-7fd3-8024-643200c141b0	48	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REP-02", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
212	924ae9e6-0904-4144-b3e6-c40cf0dcf8c4	01a23734-2d4a-7fd3-8024-643200c141b0	49	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REP-03", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
213	e56a638d-2a87-4bee-9dd2-0abd394381a6	01a23734-2d4a-7fd3-8024-643200c141b0	50	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REP-04", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
214	ec768362-81f1-481b-a03b-f2dd526b833f	01a23734-2d4a-7fd3-8024-643200c141b0	51	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REP-05", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
215	48e77d64-5dfa-43b0-a362-615efef4e691	01a23734-2d4a-7fd3-8024-643200c141b0	52	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REP-06", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
216	22791e26-4828-4da8-8813-23963bf69ede	01a23734-2d4a-7fd3-8024-643200c141b0	53	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "REP-07", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
217	c9998843-858b-4c64-b925-fcc94a2d5de8	01a23734-2d4a-7fd3-8024-643200c141b0	54	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "TRN-01", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
218	4726350d-11f5-4cc1-a0d1-579b56f8a7f5	01a23734-2d4a-7fd3-8024-643200c141b0	55	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "TRN-02", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
219	b00e06c1-890c-4310-9b33-072dce15aff0	01a23734-2d4a-7fd3-8024-643200c141b0	56	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "TRN-03", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
220	3ec1ec08-3d44-43ee-9117-a8c6a91416e7	01a23734-2d4a-7fd3-8024-643200c141b0	57	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "TRN-04", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
221	b77a264b-6f59-4450-86c7-b6ecfb341aee	01a23734-2d4a-7fd3-8024-643200c141b0	58	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "TRN-05", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
222	ae934311-4716-490a-a189-4c7d3cc2809f	01a23734-2d4a-7fd3-8024-643200c141b0	59	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "SUP-01", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
223	0db666c0-ed8e-4877-8fd2-fe8058faf704	01a23734-2d4a-7fd3-8024-643200c141b0	60	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "SUP-02", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
224	4918f1d0-843a-43f3-ba28-8c086b98e83b	01a23734-2d4a-7fd3-8024-643200c141b0	61	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "SUP-03", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
225	6148995a-9385-4629-a8cd-1112e80ee04b	01a23734-2d4a-7fd3-8024-643200c141b0	62	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "SUP-04", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
226	2d1beb21-e2fa-4347-9700-6cc7c4870005	01a23734-2d4a-7fd3-8024-643200c141b0	63	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "SUP-05", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
227	32f85034-c24b-41e4-84ee-e8b7569ea6ef	01a23734-2d4a-7fd3-8024-643200c141b0	64	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "SUP-06", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
228	ae05e5e3-bded-4eca-a7e9-ae2ca0b52a4f	01a23734-2d4a-7fd3-8024-643200c141b0	65	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "COM-01", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
229	4473c7ff-da69-4a2e-9af5-9b053f871f0c	01a23734-2d4a-7fd3-8024-643200c141b0	66	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "COM-02", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
230	1a6985c5-140e-47fb-aa15-c2e5d3be175e	01a23734-2d4a-7fd3-8024-643200c141b0	67	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "COM-03", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
231	4c3f1e63-ebf0-4763-823f-0c167277a78f	01a23734-2d4a-7fd3-8024-643200c141b0	68	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "COM-04", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
232	383f84f9-2ebc-41db-b687-31fba568b9e2	01a23734-2d4a-7fd3-8024-643200c141b0	69	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "COM-05", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
233	301b3d01-4cf7-4406-a359-6f7d2431c069	01a23734-2d4a-7fd3-8024-643200c141b0	70	{"Round": 1, "JudgedAt": "2024-11-19T14:41:34.025813+00:00", "JudgedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Judgement": "Accepted", "CriterionId": "COM-06", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	criterion_judged	2026-12-02 14:41:36.199807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CriterionJudged, Keurmerk.Domain	f
234	32bc50cb-c416-4c2c-bf6a-05cbd2323e7a	01a23734-2d4a-7fd3-8024-643200c141b0	71	{"Round": 1, "Motivation": "Alle criteria zijn aantoonbaar op orde; goedkeuren.", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0", "RecommendedAt": "2024-11-20T14:41:34.025813+00:00", "RecommendedBy": "01a23734-1464-7535-8d21-ebc7b9aa9a90", "Recommendation": "Approve"}	\N	decision_recommended	2026-12-02 14:41:36.242797+00	*DEFAULT*	Keurmerk.Domain.Assessments.DecisionRecommended, Keurmerk.Domain	f
235	be76a3d7-bd95-41a5-8521-1d82ea3aacdf	01a23734-2d4a-7fd3-8024-643200c141b0	72	{"Round": 1, "DecidedAt": "2024-11-26T14:41:34.025813+00:00", "DecidedBy": "01a23734-159a-747f-b7e4-d2b57a606b1b", "Motivation": "Advies overgenomen: voldoet aan de standaard.", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0"}	\N	assessment_approved	2026-12-02 14:41:36.402052+00	*DEFAULT*	Keurmerk.Domain.Assessments.AssessmentApproved, Keurmerk.Domain	f
236	66bd3771-3a92-458e-a0a7-789b9d809e94	01a23734-2d4a-7fd3-8024-643200c141b0	73	{"City": "Zoetermeer", "Sector": "grafisch", "IssuedAt": "2024-11-26T14:41:34.025813+00:00", "IssuedBy": "01a23734-159a-747f-b7e4-d2b57a606b1b", "KvkNumber": "30672148", "ValidFrom": "2024-11-26", "ValidUntil": "2026-11-25", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0", "OrganisationId": "01a23734-2d3f-757f-aa86-0ca177a34159", "CriteriaVersion": 1, "OrganisationName": "Drukkerij Meerzicht B.V.", "CertificateNumber": "HSS-2024-00003"}	\N	certificate_issued	2026-12-02 14:41:36.402052+00	*DEFAULT*	Keurmerk.Domain.Assessments.CertificateIssued, Keurmerk.Domain	f
237	874e1181-30aa-49d7-b2ea-2a43c736e90f	01a23734-2d4a-7fd3-8024-643200c141b0	74	{"ExpiredOn": "2026-11-26", "RecordedAt": "2026-12-02T14:41:34.025813+00:00", "AssessmentId": "01a23734-2d4a-7fd3-8024-643200c141b0", "CertificateNumber": "HSS-2024-00003"}	\N	certificate_expired	2026-12-02 14:41:36.536807+00	*DEFAULT*	Keurmerk.Domain.Assessments.CertificateExpired, Keurmerk.Domain	f
238	8c732505-7bd3-42a2-b2ea-f8209b01a4d6	01a23734-f797-74bd-bd8e-a5deba56b7a2	1	{"Contact": null, "Category": "RecruitmentAndSelection", "RaisedAt": "2026-12-02T14:42:27.8635916+00:00", "SignalId": "01a23734-f797-74bd-bd8e-a5deba56b7a2", "KvkNumber": "27418530", "Reference": "SIG-BA56B7A2", "Description": "Een stagiair meldt dat sollicitanten met een buitenlandse naam vaker worden afgewezen.", "AssessmentId": "01a23734-2598-7d15-b31f-fea8f4b89b5b", "OrganisationId": "01a23734-2568-776e-9354-18e35a0abbc3", "OrganisationName": "Installatietechniek Hofstad B.V.", "CertificateNumber": "HSS-2026-00001", "RaisedBySchoolUserId": null}	\N	signal_raised	2026-12-02 14:42:27.903299+00	*DEFAULT*	Keurmerk.Domain.Signals.SignalRaised, Keurmerk.Domain	f
\.


--
-- Data for Name: mt_high_water_skips; Type: TABLE DATA; Schema: keurmerk; Owner: -
--

COPY keurmerk.mt_high_water_skips (ending_sequence, starting_sequence, "timestamp") FROM stdin;
\.


--
-- Data for Name: mt_streams; Type: TABLE DATA; Schema: keurmerk; Owner: -
--

COPY keurmerk.mt_streams (id, type, version, "timestamp", created, tenant_id, compacted_version, is_archived) FROM stdin;
01a23734-1c65-7b2a-86de-5a565a0821de	assessment	14	2026-12-02 14:41:33.992535+00	2026-12-02 14:41:32.899414+00	*DEFAULT*	0	f
01a23734-2598-7d15-b31f-fea8f4b89b5b	assessment	73	2026-12-02 14:41:35.461976+00	2026-12-02 14:41:34.106391+00	*DEFAULT*	0	f
01a23734-2b2f-7ea6-9451-24a603faead7	assessment	76	2026-12-02 14:41:36.039325+00	2026-12-02 14:41:35.538169+00	*DEFAULT*	0	f
01a23734-2d4a-7fd3-8024-643200c141b0	assessment	74	2026-12-02 14:41:36.55494+00	2026-12-02 14:41:36.076521+00	*DEFAULT*	0	f
01a23734-f797-74bd-bd8e-a5deba56b7a2	signal	1	2026-12-02 14:42:28.09087+00	2026-12-02 14:42:28.09087+00	*DEFAULT*	0	f
\.


--
-- Data for Name: aggregatedcounter; Type: TABLE DATA; Schema: keurmerk_hangfire; Owner: -
--

COPY keurmerk_hangfire.aggregatedcounter (id, key, value, expireat) FROM stdin;
\.


--
-- Data for Name: counter; Type: TABLE DATA; Schema: keurmerk_hangfire; Owner: -
--

COPY keurmerk_hangfire.counter (id, key, value, expireat) FROM stdin;
1	stats:succeeded:2026-12-02	1	2027-01-02 14:42:08.637406+00
2	stats:succeeded:2026-12-02-14	1	2026-12-03 14:42:09.637406+00
3	stats:succeeded	1	\N
4	stats:succeeded:2026-12-02	1	2027-01-02 14:42:08.924884+00
5	stats:succeeded:2026-12-02-14	1	2026-12-03 14:42:09.924884+00
6	stats:succeeded	1	\N
\.


--
-- Data for Name: hash; Type: TABLE DATA; Schema: keurmerk_hangfire; Owner: -
--

COPY keurmerk_hangfire.hash (id, key, field, value, expireat, updatecount) FROM stdin;
1	recurring-job:deliver-notifications	Queue	default	\N	0
2	recurring-job:deliver-notifications	Cron	* * * * *	\N	0
3	recurring-job:deliver-notifications	TimeZoneId	Europe/Amsterdam	\N	0
4	recurring-job:deliver-notifications	Job	{"t":"Keurmerk.Web.Infrastructure.Mail.NotificationDelivery, Keurmerk.Web","m":"DeliverDue"}	\N	0
5	recurring-job:deliver-notifications	CreatedAt	1796222480563	\N	0
7	recurring-job:deliver-notifications	V	2	\N	0
8	recurring-job:expire-certificates	Queue	default	\N	0
9	recurring-job:expire-certificates	Cron	5 0 * * *	\N	0
10	recurring-job:expire-certificates	TimeZoneId	Europe/Amsterdam	\N	0
11	recurring-job:expire-certificates	Job	{"t":"Keurmerk.Web.Infrastructure.Jobs.CertificateJobs, Keurmerk.Web","m":"ExpireDue"}	\N	0
12	recurring-job:expire-certificates	CreatedAt	1796222481309	\N	0
13	recurring-job:expire-certificates	NextExecution	1796252700000	\N	0
14	recurring-job:expire-certificates	V	2	\N	0
15	recurring-job:expiry-reminders	Queue	default	\N	0
16	recurring-job:expiry-reminders	Cron	0 7 * * *	\N	0
17	recurring-job:expiry-reminders	TimeZoneId	Europe/Amsterdam	\N	0
18	recurring-job:expiry-reminders	Job	{"t":"Keurmerk.Web.Infrastructure.Jobs.CertificateJobs, Keurmerk.Web","m":"SendExpiryReminders"}	\N	0
19	recurring-job:expiry-reminders	CreatedAt	1796222481378	\N	0
20	recurring-job:expiry-reminders	NextExecution	1796277600000	\N	0
21	recurring-job:expiry-reminders	V	2	\N	0
22	recurring-job:overdue-review-reminders	Queue	default	\N	0
23	recurring-job:overdue-review-reminders	Cron	0 8 * * *	\N	0
24	recurring-job:overdue-review-reminders	TimeZoneId	Europe/Amsterdam	\N	0
25	recurring-job:overdue-review-reminders	Job	{"t":"Keurmerk.Web.Infrastructure.Jobs.QueueJobs, Keurmerk.Web","m":"RemindOverdueReviews"}	\N	0
26	recurring-job:overdue-review-reminders	CreatedAt	1796222481417	\N	0
27	recurring-job:overdue-review-reminders	NextExecution	1796281200000	\N	0
28	recurring-job:overdue-review-reminders	V	2	\N	0
29	recurring-job:deliver-webhooks	Queue	default	\N	0
30	recurring-job:deliver-webhooks	Cron	* * * * *	\N	0
31	recurring-job:deliver-webhooks	TimeZoneId	Europe/Amsterdam	\N	0
32	recurring-job:deliver-webhooks	Job	{"t":"Keurmerk.Web.Infrastructure.Webhooks.WebhookDeliveries, Keurmerk.Web","m":"DeliverDue"}	\N	0
33	recurring-job:deliver-webhooks	CreatedAt	1796222481642	\N	0
35	recurring-job:deliver-webhooks	V	2	\N	0
36	recurring-job:deliver-notifications	LastExecution	1796222527812	\N	0
6	recurring-job:deliver-notifications	NextExecution	1796222580000	\N	0
37	recurring-job:deliver-notifications	LastJobId	1	\N	0
38	recurring-job:deliver-webhooks	LastExecution	1796222527812	\N	0
34	recurring-job:deliver-webhooks	NextExecution	1796222580000	\N	0
39	recurring-job:deliver-webhooks	LastJobId	2	\N	0
\.


--
-- Data for Name: job; Type: TABLE DATA; Schema: keurmerk_hangfire; Owner: -
--

COPY keurmerk_hangfire.job (id, stateid, statename, invocationdata, arguments, createdat, expireat, updatecount) FROM stdin;
2	5	Succeeded	{"Type": "Keurmerk.Web.Infrastructure.Webhooks.WebhookDeliveries, Keurmerk.Web", "Method": "DeliverDue", "Arguments": "[]", "ParameterTypes": "[]"}	[]	2026-12-02 14:42:08.744092+00	2026-12-03 14:42:09.637406+00	0
1	6	Succeeded	{"Type": "Keurmerk.Web.Infrastructure.Mail.NotificationDelivery, Keurmerk.Web", "Method": "DeliverDue", "Arguments": "[]", "ParameterTypes": "[]"}	[]	2026-12-02 14:42:08.422995+00	2026-12-03 14:42:09.924884+00	0
\.


--
-- Data for Name: jobparameter; Type: TABLE DATA; Schema: keurmerk_hangfire; Owner: -
--

COPY keurmerk_hangfire.jobparameter (id, jobid, name, value, updatecount) FROM stdin;
1	1	RecurringJobId	"deliver-notifications"	0
2	1	Time	1796222527	0
3	1	CurrentCulture	""	0
4	2	RecurringJobId	"deliver-webhooks"	0
5	2	Time	1796222527	0
6	2	CurrentCulture	""	0
\.


--
-- Data for Name: jobqueue; Type: TABLE DATA; Schema: keurmerk_hangfire; Owner: -
--

COPY keurmerk_hangfire.jobqueue (id, jobid, queue, fetchedat, updatecount) FROM stdin;
\.


--
-- Data for Name: list; Type: TABLE DATA; Schema: keurmerk_hangfire; Owner: -
--

COPY keurmerk_hangfire.list (id, key, value, expireat, updatecount) FROM stdin;
\.


--
-- Data for Name: lock; Type: TABLE DATA; Schema: keurmerk_hangfire; Owner: -
--

COPY keurmerk_hangfire.lock (resource, updatecount, acquired) FROM stdin;
\.


--
-- Data for Name: schema; Type: TABLE DATA; Schema: keurmerk_hangfire; Owner: -
--

COPY keurmerk_hangfire.schema (version) FROM stdin;
23
\.


--
-- Data for Name: server; Type: TABLE DATA; Schema: keurmerk_hangfire; Owner: -
--

COPY keurmerk_hangfire.server (id, data, lastheartbeat, updatecount) FROM stdin;
\.


--
-- Data for Name: set; Type: TABLE DATA; Schema: keurmerk_hangfire; Owner: -
--

COPY keurmerk_hangfire.set (id, key, score, value, expireat, updatecount) FROM stdin;
2	recurring-jobs	1796252700	expire-certificates	\N	0
3	recurring-jobs	1796277600	expiry-reminders	\N	0
4	recurring-jobs	1796281200	overdue-review-reminders	\N	0
1	recurring-jobs	1796222580	deliver-notifications	\N	0
5	recurring-jobs	1796222580	deliver-webhooks	\N	0
\.


--
-- Data for Name: state; Type: TABLE DATA; Schema: keurmerk_hangfire; Owner: -
--

COPY keurmerk_hangfire.state (id, jobid, name, reason, createdat, data, updatecount) FROM stdin;
1	1	Enqueued	Triggered by recurring job scheduler	2026-12-02 14:42:08.60398+00	{"Queue": "default", "EnqueuedAt": "1796222528561"}	0
2	2	Enqueued	Triggered by recurring job scheduler	2026-12-02 14:42:08.75598+00	{"Queue": "default", "EnqueuedAt": "1796222528755"}	0
3	1	Processing	\N	2026-12-02 14:42:08.889111+00	{"ServerId": "vm:21227:e58a4138-57db-4f3f-8f8b-227d4836d8b0", "WorkerId": "a845f77d-26b2-4630-8c80-083b99eada0f", "StartedAt": "1796222528729"}	0
4	2	Processing	\N	2026-12-02 14:42:08.907357+00	{"ServerId": "vm:21227:e58a4138-57db-4f3f-8f8b-227d4836d8b0", "WorkerId": "bd7b7182-c257-41a5-832c-4441ee4c63b1", "StartedAt": "1796222528847"}	0
5	2	Succeeded	\N	2026-12-02 14:42:09.719093+00	{"Latency": "218", "SucceededAt": "1796222529320", "PerformanceDuration": "357"}	0
6	1	Succeeded	\N	2026-12-02 14:42:09.925983+00	{"Latency": "496", "SucceededAt": "1796222529911", "PerformanceDuration": "991"}	0
\.


--
-- Name: certificate_number; Type: SEQUENCE SET; Schema: keurmerk; Owner: -
--

SELECT pg_catalog.setval('keurmerk.certificate_number', 3, true);


--
-- Name: mt_events_sequence; Type: SEQUENCE SET; Schema: keurmerk; Owner: -
--

SELECT pg_catalog.setval('keurmerk.mt_events_sequence', 238, true);


--
-- Name: aggregatedcounter_id_seq; Type: SEQUENCE SET; Schema: keurmerk_hangfire; Owner: -
--

SELECT pg_catalog.setval('keurmerk_hangfire.aggregatedcounter_id_seq', 1, false);


--
-- Name: counter_id_seq; Type: SEQUENCE SET; Schema: keurmerk_hangfire; Owner: -
--

SELECT pg_catalog.setval('keurmerk_hangfire.counter_id_seq', 6, true);


--
-- Name: hash_id_seq; Type: SEQUENCE SET; Schema: keurmerk_hangfire; Owner: -
--

SELECT pg_catalog.setval('keurmerk_hangfire.hash_id_seq', 39, true);


--
-- Name: job_id_seq; Type: SEQUENCE SET; Schema: keurmerk_hangfire; Owner: -
--

SELECT pg_catalog.setval('keurmerk_hangfire.job_id_seq', 2, true);


--
-- Name: jobparameter_id_seq; Type: SEQUENCE SET; Schema: keurmerk_hangfire; Owner: -
--

SELECT pg_catalog.setval('keurmerk_hangfire.jobparameter_id_seq', 6, true);


--
-- Name: jobqueue_id_seq; Type: SEQUENCE SET; Schema: keurmerk_hangfire; Owner: -
--

SELECT pg_catalog.setval('keurmerk_hangfire.jobqueue_id_seq', 2, true);


--
-- Name: list_id_seq; Type: SEQUENCE SET; Schema: keurmerk_hangfire; Owner: -
--

SELECT pg_catalog.setval('keurmerk_hangfire.list_id_seq', 1, false);


--
-- Name: set_id_seq; Type: SEQUENCE SET; Schema: keurmerk_hangfire; Owner: -
--

SELECT pg_catalog.setval('keurmerk_hangfire.set_id_seq', 7, true);


--
-- Name: state_id_seq; Type: SEQUENCE SET; Schema: keurmerk_hangfire; Owner: -
--

SELECT pg_catalog.setval('keurmerk_hangfire.state_id_seq', 6, true);


--
-- Name: audit_chain audit_chain_pkey; Type: CONSTRAINT; Schema: keurmerk; Owner: -
--

ALTER TABLE ONLY keurmerk.audit_chain
    ADD CONSTRAINT audit_chain_pkey PRIMARY KEY (seq_id);


--
-- Name: audit_chain audit_chain_stream_version; Type: CONSTRAINT; Schema: keurmerk; Owner: -
--

ALTER TABLE ONLY keurmerk.audit_chain
    ADD CONSTRAINT audit_chain_stream_version UNIQUE (stream_id, version);


--
-- Name: mt_event_progression pk_mt_event_progression; Type: CONSTRAINT; Schema: keurmerk; Owner: -
--

ALTER TABLE ONLY keurmerk.mt_event_progression
    ADD CONSTRAINT pk_mt_event_progression PRIMARY KEY (name);


--
-- Name: mt_doc_appuser pkey_mt_doc_appuser_id; Type: CONSTRAINT; Schema: keurmerk; Owner: -
--

ALTER TABLE ONLY keurmerk.mt_doc_appuser
    ADD CONSTRAINT pkey_mt_doc_appuser_id PRIMARY KEY (id);


--
-- Name: mt_doc_assessmentdetails pkey_mt_doc_assessmentdetails_id; Type: CONSTRAINT; Schema: keurmerk; Owner: -
--

ALTER TABLE ONLY keurmerk.mt_doc_assessmentdetails
    ADD CONSTRAINT pkey_mt_doc_assessmentdetails_id PRIMARY KEY (id);


--
-- Name: mt_doc_deadletterevent pkey_mt_doc_deadletterevent_id; Type: CONSTRAINT; Schema: keurmerk; Owner: -
--

ALTER TABLE ONLY keurmerk.mt_doc_deadletterevent
    ADD CONSTRAINT pkey_mt_doc_deadletterevent_id PRIMARY KEY (id);


--
-- Name: mt_doc_evidencecontent pkey_mt_doc_evidencecontent_id; Type: CONSTRAINT; Schema: keurmerk; Owner: -
--

ALTER TABLE ONLY keurmerk.mt_doc_evidencecontent
    ADD CONSTRAINT pkey_mt_doc_evidencecontent_id PRIMARY KEY (id);


--
-- Name: mt_doc_follow pkey_mt_doc_follow_id; Type: CONSTRAINT; Schema: keurmerk; Owner: -
--

ALTER TABLE ONLY keurmerk.mt_doc_follow
    ADD CONSTRAINT pkey_mt_doc_follow_id PRIMARY KEY (id);


--
-- Name: mt_doc_notification pkey_mt_doc_notification_id; Type: CONSTRAINT; Schema: keurmerk; Owner: -
--

ALTER TABLE ONLY keurmerk.mt_doc_notification
    ADD CONSTRAINT pkey_mt_doc_notification_id PRIMARY KEY (id);


--
-- Name: mt_doc_objectiondetails pkey_mt_doc_objectiondetails_id; Type: CONSTRAINT; Schema: keurmerk; Owner: -
--

ALTER TABLE ONLY keurmerk.mt_doc_objectiondetails
    ADD CONSTRAINT pkey_mt_doc_objectiondetails_id PRIMARY KEY (id);


--
-- Name: mt_doc_organisation pkey_mt_doc_organisation_id; Type: CONSTRAINT; Schema: keurmerk; Owner: -
--

ALTER TABLE ONLY keurmerk.mt_doc_organisation
    ADD CONSTRAINT pkey_mt_doc_organisation_id PRIMARY KEY (id);


--
-- Name: mt_doc_registerentry pkey_mt_doc_registerentry_id; Type: CONSTRAINT; Schema: keurmerk; Owner: -
--

ALTER TABLE ONLY keurmerk.mt_doc_registerentry
    ADD CONSTRAINT pkey_mt_doc_registerentry_id PRIMARY KEY (id);


--
-- Name: mt_doc_signaldetails pkey_mt_doc_signaldetails_id; Type: CONSTRAINT; Schema: keurmerk; Owner: -
--

ALTER TABLE ONLY keurmerk.mt_doc_signaldetails
    ADD CONSTRAINT pkey_mt_doc_signaldetails_id PRIMARY KEY (id);


--
-- Name: mt_doc_webhook pkey_mt_doc_webhook_id; Type: CONSTRAINT; Schema: keurmerk; Owner: -
--

ALTER TABLE ONLY keurmerk.mt_doc_webhook
    ADD CONSTRAINT pkey_mt_doc_webhook_id PRIMARY KEY (id);


--
-- Name: mt_doc_webhookdelivery pkey_mt_doc_webhookdelivery_id; Type: CONSTRAINT; Schema: keurmerk; Owner: -
--

ALTER TABLE ONLY keurmerk.mt_doc_webhookdelivery
    ADD CONSTRAINT pkey_mt_doc_webhookdelivery_id PRIMARY KEY (id);


--
-- Name: mt_event_projection_floors pkey_mt_event_projection_floors_name_tenant_id; Type: CONSTRAINT; Schema: keurmerk; Owner: -
--

ALTER TABLE ONLY keurmerk.mt_event_projection_floors
    ADD CONSTRAINT pkey_mt_event_projection_floors_name_tenant_id PRIMARY KEY (name, tenant_id);


--
-- Name: mt_events pkey_mt_events_seq_id; Type: CONSTRAINT; Schema: keurmerk; Owner: -
--

ALTER TABLE ONLY keurmerk.mt_events
    ADD CONSTRAINT pkey_mt_events_seq_id PRIMARY KEY (seq_id);


--
-- Name: mt_high_water_skips pkey_mt_high_water_skips_ending_sequence; Type: CONSTRAINT; Schema: keurmerk; Owner: -
--

ALTER TABLE ONLY keurmerk.mt_high_water_skips
    ADD CONSTRAINT pkey_mt_high_water_skips_ending_sequence PRIMARY KEY (ending_sequence);


--
-- Name: mt_streams pkey_mt_streams_id; Type: CONSTRAINT; Schema: keurmerk; Owner: -
--

ALTER TABLE ONLY keurmerk.mt_streams
    ADD CONSTRAINT pkey_mt_streams_id PRIMARY KEY (id);


--
-- Name: aggregatedcounter aggregatedcounter_key_key; Type: CONSTRAINT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.aggregatedcounter
    ADD CONSTRAINT aggregatedcounter_key_key UNIQUE (key);


--
-- Name: aggregatedcounter aggregatedcounter_pkey; Type: CONSTRAINT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.aggregatedcounter
    ADD CONSTRAINT aggregatedcounter_pkey PRIMARY KEY (id);


--
-- Name: counter counter_pkey; Type: CONSTRAINT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.counter
    ADD CONSTRAINT counter_pkey PRIMARY KEY (id);


--
-- Name: hash hash_key_field_key; Type: CONSTRAINT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.hash
    ADD CONSTRAINT hash_key_field_key UNIQUE (key, field);


--
-- Name: hash hash_pkey; Type: CONSTRAINT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.hash
    ADD CONSTRAINT hash_pkey PRIMARY KEY (id);


--
-- Name: job job_pkey; Type: CONSTRAINT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.job
    ADD CONSTRAINT job_pkey PRIMARY KEY (id);


--
-- Name: jobparameter jobparameter_pkey; Type: CONSTRAINT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.jobparameter
    ADD CONSTRAINT jobparameter_pkey PRIMARY KEY (id);


--
-- Name: jobqueue jobqueue_pkey; Type: CONSTRAINT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.jobqueue
    ADD CONSTRAINT jobqueue_pkey PRIMARY KEY (id);


--
-- Name: list list_pkey; Type: CONSTRAINT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.list
    ADD CONSTRAINT list_pkey PRIMARY KEY (id);


--
-- Name: lock lock_resource_key; Type: CONSTRAINT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.lock
    ADD CONSTRAINT lock_resource_key UNIQUE (resource);

ALTER TABLE ONLY keurmerk_hangfire.lock REPLICA IDENTITY USING INDEX lock_resource_key;


--
-- Name: schema schema_pkey; Type: CONSTRAINT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.schema
    ADD CONSTRAINT schema_pkey PRIMARY KEY (version);


--
-- Name: server server_pkey; Type: CONSTRAINT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.server
    ADD CONSTRAINT server_pkey PRIMARY KEY (id);


--
-- Name: set set_key_value_key; Type: CONSTRAINT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.set
    ADD CONSTRAINT set_key_value_key UNIQUE (key, value);


--
-- Name: set set_pkey; Type: CONSTRAINT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.set
    ADD CONSTRAINT set_pkey PRIMARY KEY (id);


--
-- Name: state state_pkey; Type: CONSTRAINT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.state
    ADD CONSTRAINT state_pkey PRIMARY KEY (id);


--
-- Name: mt_doc_appuser_idx_normalized_email; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE INDEX mt_doc_appuser_idx_normalized_email ON keurmerk.mt_doc_appuser USING btree (((data ->> 'NormalizedEmail'::text)));


--
-- Name: mt_doc_appuser_idx_organisation_id; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE INDEX mt_doc_appuser_idx_organisation_id ON keurmerk.mt_doc_appuser USING btree ((((data ->> 'OrganisationId'::text))::uuid));


--
-- Name: mt_doc_appuser_uidx_normalized_user_name; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE UNIQUE INDEX mt_doc_appuser_uidx_normalized_user_name ON keurmerk.mt_doc_appuser USING btree (((data ->> 'NormalizedUserName'::text)));


--
-- Name: mt_doc_assessmentdetails_idx_organisation_id; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE INDEX mt_doc_assessmentdetails_idx_organisation_id ON keurmerk.mt_doc_assessmentdetails USING btree ((((data ->> 'OrganisationId'::text))::uuid));


--
-- Name: mt_doc_assessmentdetails_idx_status; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE INDEX mt_doc_assessmentdetails_idx_status ON keurmerk.mt_doc_assessmentdetails USING btree (((data ->> 'Status'::text)));


--
-- Name: mt_doc_evidencecontent_idx_assessment_id; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE INDEX mt_doc_evidencecontent_idx_assessment_id ON keurmerk.mt_doc_evidencecontent USING btree ((((data ->> 'AssessmentId'::text))::uuid));


--
-- Name: mt_doc_follow_idx_organisation_id; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE INDEX mt_doc_follow_idx_organisation_id ON keurmerk.mt_doc_follow USING btree ((((data ->> 'OrganisationId'::text))::uuid));


--
-- Name: mt_doc_follow_idx_school_user_id; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE INDEX mt_doc_follow_idx_school_user_id ON keurmerk.mt_doc_follow USING btree ((((data ->> 'SchoolUserId'::text))::uuid));


--
-- Name: mt_doc_notification_idx_sent_at; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE INDEX mt_doc_notification_idx_sent_at ON keurmerk.mt_doc_notification USING btree (keurmerk.mt_immutable_timestamptz((data ->> 'SentAt'::text)));


--
-- Name: mt_doc_notification_uidx_deduplication_key; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE UNIQUE INDEX mt_doc_notification_uidx_deduplication_key ON keurmerk.mt_doc_notification USING btree (((data ->> 'DeduplicationKey'::text)));


--
-- Name: mt_doc_objectiondetails_idx_assessment_id; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE INDEX mt_doc_objectiondetails_idx_assessment_id ON keurmerk.mt_doc_objectiondetails USING btree ((((data ->> 'AssessmentId'::text))::uuid));


--
-- Name: mt_doc_objectiondetails_idx_status; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE INDEX mt_doc_objectiondetails_idx_status ON keurmerk.mt_doc_objectiondetails USING btree (((data ->> 'Status'::text)));


--
-- Name: mt_doc_objectiondetails_uidx_decision_key; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE UNIQUE INDEX mt_doc_objectiondetails_uidx_decision_key ON keurmerk.mt_doc_objectiondetails USING btree (((data ->> 'DecisionKey'::text)));


--
-- Name: mt_doc_organisation_uidx_kvk_number; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE UNIQUE INDEX mt_doc_organisation_uidx_kvk_number ON keurmerk.mt_doc_organisation USING btree (((data ->> 'KvkNumber'::text)));


--
-- Name: mt_doc_registerentry_idx_kvk_number; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE INDEX mt_doc_registerentry_idx_kvk_number ON keurmerk.mt_doc_registerentry USING btree (((data ->> 'KvkNumber'::text)));


--
-- Name: mt_doc_registerentry_idx_organisation_id; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE INDEX mt_doc_registerentry_idx_organisation_id ON keurmerk.mt_doc_registerentry USING btree ((((data ->> 'OrganisationId'::text))::uuid));


--
-- Name: mt_doc_registerentry_uidx_certificate_number; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE UNIQUE INDEX mt_doc_registerentry_uidx_certificate_number ON keurmerk.mt_doc_registerentry USING btree (((data ->> 'CertificateNumber'::text)));


--
-- Name: mt_doc_signaldetails_idx_organisation_id; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE INDEX mt_doc_signaldetails_idx_organisation_id ON keurmerk.mt_doc_signaldetails USING btree ((((data ->> 'OrganisationId'::text))::uuid));


--
-- Name: mt_doc_signaldetails_idx_raised_at; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE INDEX mt_doc_signaldetails_idx_raised_at ON keurmerk.mt_doc_signaldetails USING btree (keurmerk.mt_immutable_timestamptz((data ->> 'RaisedAt'::text)));


--
-- Name: mt_doc_signaldetails_idx_status; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE INDEX mt_doc_signaldetails_idx_status ON keurmerk.mt_doc_signaldetails USING btree (((data ->> 'Status'::text)));


--
-- Name: mt_doc_webhook_idx_school_user_id; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE INDEX mt_doc_webhook_idx_school_user_id ON keurmerk.mt_doc_webhook USING btree ((((data ->> 'SchoolUserId'::text))::uuid));


--
-- Name: mt_doc_webhookdelivery_idx_next_attempt_at; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE INDEX mt_doc_webhookdelivery_idx_next_attempt_at ON keurmerk.mt_doc_webhookdelivery USING btree (keurmerk.mt_immutable_timestamptz((data ->> 'NextAttemptAt'::text)));


--
-- Name: mt_doc_webhookdelivery_idx_school_user_id; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE INDEX mt_doc_webhookdelivery_idx_school_user_id ON keurmerk.mt_doc_webhookdelivery USING btree ((((data ->> 'SchoolUserId'::text))::uuid));


--
-- Name: pk_mt_events_stream_and_version; Type: INDEX; Schema: keurmerk; Owner: -
--

CREATE UNIQUE INDEX pk_mt_events_stream_and_version ON keurmerk.mt_events USING btree (stream_id, version);


--
-- Name: ix_hangfire_counter_expireat; Type: INDEX; Schema: keurmerk_hangfire; Owner: -
--

CREATE INDEX ix_hangfire_counter_expireat ON keurmerk_hangfire.counter USING btree (expireat);


--
-- Name: ix_hangfire_counter_key; Type: INDEX; Schema: keurmerk_hangfire; Owner: -
--

CREATE INDEX ix_hangfire_counter_key ON keurmerk_hangfire.counter USING btree (key);


--
-- Name: ix_hangfire_hash_expireat; Type: INDEX; Schema: keurmerk_hangfire; Owner: -
--

CREATE INDEX ix_hangfire_hash_expireat ON keurmerk_hangfire.hash USING btree (expireat);


--
-- Name: ix_hangfire_job_expireat; Type: INDEX; Schema: keurmerk_hangfire; Owner: -
--

CREATE INDEX ix_hangfire_job_expireat ON keurmerk_hangfire.job USING btree (expireat);


--
-- Name: ix_hangfire_job_statename; Type: INDEX; Schema: keurmerk_hangfire; Owner: -
--

CREATE INDEX ix_hangfire_job_statename ON keurmerk_hangfire.job USING btree (statename);


--
-- Name: ix_hangfire_job_statename_is_not_null; Type: INDEX; Schema: keurmerk_hangfire; Owner: -
--

CREATE INDEX ix_hangfire_job_statename_is_not_null ON keurmerk_hangfire.job USING btree (statename) INCLUDE (id) WHERE (statename IS NOT NULL);


--
-- Name: ix_hangfire_jobparameter_jobidandname; Type: INDEX; Schema: keurmerk_hangfire; Owner: -
--

CREATE INDEX ix_hangfire_jobparameter_jobidandname ON keurmerk_hangfire.jobparameter USING btree (jobid, name);


--
-- Name: ix_hangfire_jobqueue_fetchedat_queue_jobid; Type: INDEX; Schema: keurmerk_hangfire; Owner: -
--

CREATE INDEX ix_hangfire_jobqueue_fetchedat_queue_jobid ON keurmerk_hangfire.jobqueue USING btree (fetchedat NULLS FIRST, queue, jobid);


--
-- Name: ix_hangfire_jobqueue_jobidandqueue; Type: INDEX; Schema: keurmerk_hangfire; Owner: -
--

CREATE INDEX ix_hangfire_jobqueue_jobidandqueue ON keurmerk_hangfire.jobqueue USING btree (jobid, queue);


--
-- Name: ix_hangfire_jobqueue_queueandfetchedat; Type: INDEX; Schema: keurmerk_hangfire; Owner: -
--

CREATE INDEX ix_hangfire_jobqueue_queueandfetchedat ON keurmerk_hangfire.jobqueue USING btree (queue, fetchedat);


--
-- Name: ix_hangfire_list_expireat; Type: INDEX; Schema: keurmerk_hangfire; Owner: -
--

CREATE INDEX ix_hangfire_list_expireat ON keurmerk_hangfire.list USING btree (expireat);


--
-- Name: ix_hangfire_set_expireat; Type: INDEX; Schema: keurmerk_hangfire; Owner: -
--

CREATE INDEX ix_hangfire_set_expireat ON keurmerk_hangfire.set USING btree (expireat);


--
-- Name: ix_hangfire_set_key_score; Type: INDEX; Schema: keurmerk_hangfire; Owner: -
--

CREATE INDEX ix_hangfire_set_key_score ON keurmerk_hangfire.set USING btree (key, score);


--
-- Name: ix_hangfire_state_jobid; Type: INDEX; Schema: keurmerk_hangfire; Owner: -
--

CREATE INDEX ix_hangfire_state_jobid ON keurmerk_hangfire.state USING btree (jobid);


--
-- Name: mt_events audit_chain_link; Type: TRIGGER; Schema: keurmerk; Owner: -
--

CREATE TRIGGER audit_chain_link AFTER INSERT ON keurmerk.mt_events FOR EACH ROW EXECUTE FUNCTION keurmerk.audit_chain_link();


--
-- Name: TRIGGER audit_chain_link ON mt_events; Type: COMMENT; Schema: keurmerk; Owner: -
--

COMMENT ON TRIGGER audit_chain_link ON keurmerk.mt_events IS 'keurmerk-audit-chain v1';


--
-- Name: mt_events fkey_mt_events_stream_id; Type: FK CONSTRAINT; Schema: keurmerk; Owner: -
--

ALTER TABLE ONLY keurmerk.mt_events
    ADD CONSTRAINT fkey_mt_events_stream_id FOREIGN KEY (stream_id) REFERENCES keurmerk.mt_streams(id) ON DELETE CASCADE;


--
-- Name: jobparameter jobparameter_jobid_fkey; Type: FK CONSTRAINT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.jobparameter
    ADD CONSTRAINT jobparameter_jobid_fkey FOREIGN KEY (jobid) REFERENCES keurmerk_hangfire.job(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: state state_jobid_fkey; Type: FK CONSTRAINT; Schema: keurmerk_hangfire; Owner: -
--

ALTER TABLE ONLY keurmerk_hangfire.state
    ADD CONSTRAINT state_jobid_fkey FOREIGN KEY (jobid) REFERENCES keurmerk_hangfire.job(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict h6dHjKZNJsubfMpmckz2Qo71ha8HC8EvixuJFwqkV4r1XoZq0bIr6OTV4ay1m2a

