-- Schema of dev.cim.examples.jdbc.JdbcStores: standard SQL that runs unchanged on H2 2.x and PostgreSQL 12+.
-- Statements are separated by a semicolon at the end of a line; lines starting with "--" are comments.
--
-- Layout: each entity is one row whose searchable fields are columns (ids, state, times as epoch second + nano) and
-- whose nested parts (attributes, consents, history, skills, capacity, ...) are one JSON document in "doc".
-- Instants used for ordering are two integer columns, so that nanosecond precision survives on databases whose
-- TIMESTAMP keeps only microseconds (PostgreSQL). Every query the SPI makes is served by an index below.
--
-- PostgreSQL: ids are ordered as Java's String.compareTo orders them only under a byte-order collation; create the
-- database with LC_COLLATE 'C' (or add COLLATE "C" to the id columns). PostgreSQL text cannot hold U+0000.

CREATE TABLE IF NOT EXISTS cim_customers (
  id         VARCHAR(128) NOT NULL,
  version    BIGINT       NOT NULL,
  doc        VARCHAR(10485760) NOT NULL,
  CONSTRAINT cim_customers_pk PRIMARY KEY (id)
);

-- One row per contact point: the unique key makes "a contact point belongs to at most one customer" (CS-4) a rule of
-- the database, also under concurrent writers. Serves findByContactPoint (CS-5).
CREATE TABLE IF NOT EXISTS cim_contact_points (
  kind        VARCHAR(64)  NOT NULL,
  cp_value    VARCHAR(256) NOT NULL,
  customer_id VARCHAR(128) NOT NULL,
  CONSTRAINT cim_contact_points_pk PRIMARY KEY (kind, cp_value),
  CONSTRAINT cim_contact_points_customer_fk FOREIGN KEY (customer_id) REFERENCES cim_customers (id)
);
-- Serves the contact points of one customer (update, erase).
CREATE INDEX IF NOT EXISTS cim_contact_points_by_customer ON cim_contact_points (customer_id);

CREATE TABLE IF NOT EXISTS cim_interactions (
  id          VARCHAR(128) NOT NULL,
  customer_id VARCHAR(128) NOT NULL,
  case_id     VARCHAR(128) NOT NULL,
  state       VARCHAR(16)  NOT NULL,
  created_s   BIGINT       NOT NULL,
  created_n   INTEGER      NOT NULL,
  version     BIGINT       NOT NULL,
  doc         VARCHAR(10485760) NOT NULL,
  CONSTRAINT cim_interactions_pk PRIMARY KEY (id)
);
-- findByCustomer (IS-5, keyset, newest first), findOpenByCustomer (IS-6), eraseCustomer (IS-12).
CREATE INDEX IF NOT EXISTS cim_interactions_by_customer
  ON cim_interactions (customer_id, created_s, created_n, id);
-- findByState (IS-7, keyset, oldest first).
CREATE INDEX IF NOT EXISTS cim_interactions_by_state ON cim_interactions (state, created_s, created_n, id);
-- findByCase (IS-8, oldest first).
CREATE INDEX IF NOT EXISTS cim_interactions_by_case ON cim_interactions (case_id, created_s, created_n, id);

-- customer_id is the customer of the message's interaction, kept equal to it by every write (appendMessage reads it
-- under a row lock of the interaction; an update that moves an interaction to another customer moves its messages),
-- so that the timeline is one index range instead of a join and a sort.
CREATE TABLE IF NOT EXISTS cim_messages (
  id             VARCHAR(128) NOT NULL,
  interaction_id VARCHAR(128) NOT NULL,
  customer_id    VARCHAR(128) NOT NULL,
  sent_s         BIGINT       NOT NULL,
  sent_n         INTEGER      NOT NULL,
  doc            VARCHAR(10485760) NOT NULL,
  body           VARCHAR(1048576) NOT NULL,
  CONSTRAINT cim_messages_pk PRIMARY KEY (id),
  CONSTRAINT cim_messages_interaction_fk FOREIGN KEY (interaction_id) REFERENCES cim_interactions (id)
);
-- findMessages (IS-10, keyset, oldest first) and moving an interaction's messages.
CREATE INDEX IF NOT EXISTS cim_messages_by_interaction ON cim_messages (interaction_id, sent_s, sent_n, id);
-- timeline (IS-11, keyset, newest first) and eraseCustomer (IS-12).
CREATE INDEX IF NOT EXISTS cim_messages_by_customer ON cim_messages (customer_id, sent_s, sent_n, id);

-- findAll (AS-5) pages by the primary key.
CREATE TABLE IF NOT EXISTS cim_agents (
  id      VARCHAR(128) NOT NULL,
  version BIGINT       NOT NULL,
  doc     VARCHAR(10485760) NOT NULL,
  CONSTRAINT cim_agents_pk PRIMARY KEY (id)
);

-- The merge journal of MergeStore (MS-1..MS-12): one row per merge, the record (snapshots, options, plan) as cim's
-- JSON in "doc" (dev.cim.core.json), and the columns its queries need: by customer on either side (MS-4), by status
-- (MS-5), oldest first.
CREATE TABLE IF NOT EXISTS cim_merges (
  id             VARCHAR(128) NOT NULL,
  survivor_id    VARCHAR(128) NOT NULL,
  merged_away_id VARCHAR(128) NOT NULL,
  status         VARCHAR(16)  NOT NULL,
  created_s      BIGINT       NOT NULL,
  created_n      INTEGER      NOT NULL,
  version        BIGINT       NOT NULL,
  doc            VARCHAR(10485760) NOT NULL,
  CONSTRAINT cim_merges_pk PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS cim_merges_by_survivor ON cim_merges (survivor_id, created_s, created_n, id);
CREATE INDEX IF NOT EXISTS cim_merges_by_merged_away ON cim_merges (merged_away_id, created_s, created_n, id);
CREATE INDEX IF NOT EXISTS cim_merges_by_status ON cim_merges (status, created_s, created_n, id);

-- A merged-away customer id and the id it stands for (MS-6..MS-8); the index on the target serves erasure (MS-9).
CREATE TABLE IF NOT EXISTS cim_customer_aliases (
  alias_id  VARCHAR(128) NOT NULL,
  target_id VARCHAR(128) NOT NULL,
  CONSTRAINT cim_customer_aliases_pk PRIMARY KEY (alias_id)
);
CREATE INDEX IF NOT EXISTS cim_customer_aliases_by_target ON cim_customer_aliases (target_id);

-- The consent ledger (ConsentStore, CO-1..CO-8): append-only rows; seq keeps the append order for entries with equal
-- times (CO-2, CO-3). Serves current (latest per contact point and purpose), history and erase of one contact point.
CREATE TABLE IF NOT EXISTS cim_consents (
  seq         BIGINT GENERATED BY DEFAULT AS IDENTITY,
  kind        VARCHAR(64)  NOT NULL,
  cp_value    VARCHAR(256) NOT NULL,
  purpose     VARCHAR(64)  NOT NULL,
  status      VARCHAR(16)  NOT NULL,
  at_s        BIGINT       NOT NULL,
  at_n        INTEGER      NOT NULL,
  source_name VARCHAR(64)  NOT NULL,
  CONSTRAINT cim_consents_pk PRIMARY KEY (seq)
);
CREATE INDEX IF NOT EXISTS cim_consents_by_contact_point
  ON cim_consents (kind, cp_value, purpose, at_s, at_n, seq);
