-- Runs once, when the postgres container initialises an empty data directory (as the superuser cairn_admin).
-- Mirrors deploy/local/setup.sh: the application role is not a superuser; it owns database cairn.
CREATE ROLE cairn LOGIN CREATEDB PASSWORD 'cairn';
CREATE DATABASE cairn OWNER cairn;
