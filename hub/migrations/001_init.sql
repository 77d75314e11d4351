-- Xinping hub, first schema. Blobs (entry bytes) live in the blob directory, named by SHA-256;
-- the database holds who may do what, and which signed submissions were received.

create table tokens (
  id text primary key,
  token_hash text not null unique,
  user_name text not null,
  role text not null check (role in ('reviewer', 'staff', 'supervisor')),
  -- batch ids this token may push to and pull from; empty = every batch (not for reviewers)
  batch_ids jsonb not null default '[]'::jsonb,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);

create table hub_key (
  id integer primary key check (id = 1),
  private_jwk jsonb not null,
  public_jwk jsonb not null,
  fingerprint text not null,
  created_at timestamptz not null default now()
);

create table submissions (
  id text primary key check (id ~ '^[0-9a-f]{64}$'),
  seq bigserial not null unique,
  bundle_id text not null unique,
  batch_id text not null,
  kind text not null check (kind in ('batch', 'reviewer', 'results')),
  sender_name text not null,
  sender_role text not null,
  reviewer_id text,
  key_fingerprint text not null,
  token_id text not null references tokens (id),
  manifest text not null,
  signature jsonb not null,
  receipt jsonb not null,
  entry_count integer not null,
  total_bytes bigint not null,
  received_at timestamptz not null default now()
);

create index submissions_batch_seq on submissions (batch_id, seq);

create table submission_entries (
  submission_id text not null references submissions (id),
  name text not null,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  size bigint not null check (size >= 0),
  primary key (submission_id, name)
);

create index submission_entries_sha256 on submission_entries (sha256);
