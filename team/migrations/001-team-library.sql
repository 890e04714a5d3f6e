-- Planwright team library, schema version 1: teams, their members, plans and every published
-- version of them, on a stock PostgreSQL (14 or newer). Applied by the app with the owner's role
-- (planwright team setup) or handed to a DBA as one file (teamSchemaSql()). Everything lives in
-- schema planwright; row-level security lets a member see and change only their teams' plans.

CREATE SCHEMA planwright;
REVOKE ALL ON SCHEMA planwright FROM PUBLIC;

-- Roles are cluster-wide: another database of the cluster may have made it already.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'planwright_member') THEN
    CREATE ROLE planwright_member NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object THEN
  NULL;
END
$$;

-- The schema's version: one row, moved on by each migration.
CREATE TABLE planwright.schema_info (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  version int NOT NULL
);
INSERT INTO planwright.schema_info (version) VALUES (0);

CREATE TABLE planwright.teams (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A member is a PostgreSQL login role: the server authenticates, the app keeps no accounts.
CREATE TABLE planwright.members (
  team_id uuid NOT NULL REFERENCES planwright.teams (id) ON DELETE CASCADE,
  member_role name NOT NULL,
  display_name text NOT NULL DEFAULT '',
  is_lead boolean NOT NULL DEFAULT false,
  PRIMARY KEY (team_id, member_role)
);
CREATE INDEX members_by_role ON planwright.members (member_role);

-- A plan's id is the plan's own id (the first laptop that published it). Its head columns are
-- written only by the publish trigger; a lead writes only the lock columns.
CREATE TABLE planwright.plans (
  id uuid PRIMARY KEY,
  team_id uuid NOT NULL REFERENCES planwright.teams (id),
  name text NOT NULL,
  head_version int NOT NULL DEFAULT 0 CHECK (head_version >= 0),
  head_hash text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL DEFAULT current_user,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text NOT NULL DEFAULT current_user,
  locked_version int,
  locked_by text,
  locked_at timestamptz,
  CHECK (locked_version IS NULL OR locked_version BETWEEN 1 AND head_version),
  CHECK ((locked_version IS NULL) = (locked_by IS NULL))
);
CREATE INDEX plans_by_team ON planwright.plans (team_id);

-- Every published version, kept forever: members may only add (history is append-only).
CREATE TABLE planwright.plan_versions (
  plan_id uuid NOT NULL REFERENCES planwright.plans (id),
  version int NOT NULL CHECK (version >= 1),
  base_version int NOT NULL CHECK (base_version >= 0),
  name text NOT NULL,
  document jsonb NOT NULL,
  content_hash text NOT NULL,
  published_by text NOT NULL DEFAULT current_user,
  published_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (plan_id, version)
);

-- Inside a SECURITY DEFINER function current_user is the function's owner, so these name the
-- caller by session_user: the role that logged in, which a member cannot change.
-- SECURITY DEFINER so the policies below can read members without recursing into its own policy.
CREATE FUNCTION planwright.my_team_ids() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = planwright, pg_temp AS $$
  SELECT team_id FROM planwright.members WHERE member_role = session_user
$$;

CREATE FUNCTION planwright.is_lead(team uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = planwright, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM planwright.members WHERE team_id = team AND member_role = session_user AND is_lead)
$$;

-- Publishing is an INSERT into plan_versions on the version the client built on. This trigger
-- decides, under the plan row's lock, whether that is still the head: optimistic concurrency on
-- the version number, inside the server, so two publishes can never both win.
-- SQLSTATE PW001: the head moved on (DETAIL is the head version); PW002: a lead locked the plan
-- (DETAIL is the locked version).
CREATE FUNCTION planwright.publish_version() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = planwright, pg_temp AS $$
DECLARE
  plan planwright.plans%ROWTYPE;
BEGIN
  SELECT * INTO plan FROM planwright.plans WHERE id = NEW.plan_id FOR UPDATE;
  -- Checked here, before anything else, so a stranger learns nothing of another team's plan
  -- (row-level security's own check comes only after BEFORE triggers).
  IF NOT FOUND OR plan.team_id NOT IN (SELECT planwright.my_team_ids()) THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'permission denied: no such plan in your teams';
  END IF;
  IF plan.locked_version IS NOT NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'PW002', DETAIL = plan.locked_version::text,
      MESSAGE = format('plan is locked at version %s by %s', plan.locked_version, plan.locked_by);
  END IF;
  IF NEW.base_version IS DISTINCT FROM plan.head_version THEN
    RAISE EXCEPTION USING ERRCODE = 'PW001', DETAIL = plan.head_version::text,
      MESSAGE = format('conflict: the team''s version is %s, this publish builds on %s', plan.head_version, NEW.base_version);
  END IF;
  NEW.version := plan.head_version + 1;
  NEW.published_at := now();
  UPDATE planwright.plans
     SET head_version = NEW.version, head_hash = NEW.content_hash, name = NEW.name,
         updated_at = NEW.published_at, updated_by = NEW.published_by
   WHERE id = NEW.plan_id;
  RETURN NEW;
END
$$;

CREATE TRIGGER publish_version BEFORE INSERT ON planwright.plan_versions
  FOR EACH ROW EXECUTE FUNCTION planwright.publish_version();

-- The owner adds a login role to a team (making the team if it is new); a lead can lock versions.
CREATE FUNCTION planwright.add_member(team_name text, member name, display_name text, lead boolean)
RETURNS uuid LANGUAGE plpgsql SET search_path = planwright, pg_temp AS $$
DECLARE
  team uuid;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = member) THEN
    RAISE EXCEPTION 'role % does not exist: create the login first', member;
  END IF;
  INSERT INTO planwright.teams (name) VALUES (team_name) ON CONFLICT (name) DO NOTHING;
  SELECT id INTO team FROM planwright.teams WHERE name = team_name;
  INSERT INTO planwright.members (team_id, member_role, display_name, is_lead)
  VALUES (team, member, coalesce(display_name, ''), coalesce(lead, false))
  ON CONFLICT (team_id, member_role) DO UPDATE SET display_name = EXCLUDED.display_name, is_lead = EXCLUDED.is_lead;
  EXECUTE format('GRANT planwright_member TO %I', member);
  RETURN team;
END
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA planwright FROM PUBLIC;
GRANT EXECUTE ON FUNCTION planwright.my_team_ids(), planwright.is_lead(uuid) TO planwright_member;

ALTER TABLE planwright.schema_info ENABLE ROW LEVEL SECURITY;
ALTER TABLE planwright.teams ENABLE ROW LEVEL SECURITY;
ALTER TABLE planwright.members ENABLE ROW LEVEL SECURITY;
ALTER TABLE planwright.plans ENABLE ROW LEVEL SECURITY;
ALTER TABLE planwright.plan_versions ENABLE ROW LEVEL SECURITY;

CREATE POLICY read_version ON planwright.schema_info FOR SELECT TO planwright_member USING (true);
CREATE POLICY my_teams ON planwright.teams FOR SELECT TO planwright_member
  USING (id IN (SELECT planwright.my_team_ids()));
CREATE POLICY my_teams ON planwright.members FOR SELECT TO planwright_member
  USING (team_id IN (SELECT planwright.my_team_ids()));
CREATE POLICY my_teams ON planwright.plans FOR SELECT TO planwright_member
  USING (team_id IN (SELECT planwright.my_team_ids()));
-- A plan new to the library: head 0, made by the caller, in one of the caller's teams.
CREATE POLICY new_plan ON planwright.plans FOR INSERT TO planwright_member
  WITH CHECK (team_id IN (SELECT planwright.my_team_ids()) AND head_version = 0 AND created_by = current_user
              AND locked_version IS NULL);
CREATE POLICY lead_locks ON planwright.plans FOR UPDATE TO planwright_member
  USING (planwright.is_lead(team_id))
  WITH CHECK (planwright.is_lead(team_id) AND (locked_by IS NULL OR locked_by = current_user));
CREATE POLICY my_teams ON planwright.plan_versions FOR SELECT TO planwright_member
  USING (plan_id IN (SELECT id FROM planwright.plans WHERE team_id IN (SELECT planwright.my_team_ids())));
CREATE POLICY publish ON planwright.plan_versions FOR INSERT TO planwright_member
  WITH CHECK (published_by = current_user
              AND plan_id IN (SELECT id FROM planwright.plans WHERE team_id IN (SELECT planwright.my_team_ids())));

GRANT USAGE ON SCHEMA planwright TO planwright_member;
GRANT SELECT ON planwright.schema_info, planwright.teams, planwright.members, planwright.plans,
  planwright.plan_versions TO planwright_member;
-- Column grants: a member names only these; the rest come from defaults and the trigger.
GRANT INSERT (id, team_id, name) ON planwright.plans TO planwright_member;
GRANT UPDATE (locked_version, locked_by, locked_at) ON planwright.plans TO planwright_member;
GRANT INSERT (plan_id, base_version, name, document, content_hash) ON planwright.plan_versions TO planwright_member;
