"""What counts as the same statement when a file's schema is compared with the app's."""

from __future__ import annotations

import pytest

from ryhmat.storage.sqlite_schema import normalized_sql

TABLE = 'CREATE TABLE families (\n\tid CHAR(32) NOT NULL, "end" TIME,\n\tname VARCHAR(200))'


@pytest.mark.parametrize(
    "same",
    [
        'create table families (id char(32) not null, "end" time, name varchar(200))',
        'CREATE TABLE "families" ( [id] CHAR ( 32 ) NOT NULL , `end` TIME, "name" VARCHAR(200) )',
        "CREATE TABLE families -- a comment\n(id CHAR(32) /* another */ NOT NULL, "
        '"end" TIME, name VARCHAR(200))',
    ],
)
def test_whitespace_comments_case_and_quoting_do_not_count(same: str) -> None:
    assert normalized_sql(same) == normalized_sql(TABLE)


@pytest.mark.parametrize(
    "different",
    [
        'CREATE TABLE families (id CHAR(32), "end" TIME, name VARCHAR(200))',
        'CREATE TABLE families (id CHAR(32) NOT NULL, "end" TIME, name VARCHAR(201))',
        'CREATE TABLE families (name VARCHAR(200), id CHAR(32) NOT NULL, "end" TIME)',
        'CREATE TABLE families (id CHAR(32) NOT NULL, "end" TIME, name VARCHAR(200)) STRICT',
        "CREATE TABLE families (id CHAR(32) NOT NULL, \"end\" TIME DEFAULT 'x', name VARCHAR(200))",
        'CREATE TABLE families (id CHAR(32) NOT NULL, "end" TIME, name VARCHAR(200) '
        "CHECK (name <> ''))",
    ],
)
def test_every_other_token_counts(different: str) -> None:
    assert normalized_sql(different) != normalized_sql(TABLE)


def test_a_string_is_compared_as_written() -> None:
    assert normalized_sql("DEFAULT 'Abc'") != normalized_sql("DEFAULT 'abc'")
    assert normalized_sql("DEFAULT 'a  b'") != normalized_sql("DEFAULT 'a b'")
    assert normalized_sql("DEFAULT 'it''s'") == ("default", "'it''s'")


def test_operators_are_whole_tokens() -> None:
    assert normalized_sql("a <= b") == ("a", "<=", "b")
    assert normalized_sql("a || b") != normalized_sql("a | | b")
