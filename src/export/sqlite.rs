//! `--sqlite FILE`: every table in one SQLite database.
//!
//! Takes: the outcomes of a batch (as a [`Sink`]), and any other `Serialize` row (entities,
//! links, storylines) through [`SqliteWriter::insert`]. Gives: one database file with typed
//! columns (INTEGER, REAL, TEXT), primary keys, foreign keys to `articles(doc_id)` and indexes
//! on `doc_id` and entity ids ([`default_schema`]). Rows are bound field by field, by column
//! name, from the same row types as the CSV tables, so a column added to a row type and to its
//! `*_COLUMNS` list reaches SQLite without changes here.
//!
//! It is written fast (one transaction, cached prepared statements, no journal, no fsync while
//! building, indexes made after the rows) into a temporary file beside the target, which is
//! renamed into place only when everything is written: a crash never leaves half a database
//! under the final name. Text is stored raw (no spreadsheet neutralising, unlike CSV).
//!
//! Foreign keys are enforced while writing, so a row of another table (a link, a storyline)
//! whose article is not in the database is an error that names it.
//!
//! Does not: append to or merge with an existing database (the target is replaced), or store
//! two articles with the same `doc_id` (the second is left out of the database, with a
//! warning on stderr; the CSV tables keep both).

use super::rows::{
    self, ARTICLE_COLUMNS, MENTION_COLUMNS, MONEY_COLUMNS, RELATION_COLUMNS, SENTENCE_COLUMNS,
};
use super::Sink;
use crate::offsets::CharIndex;
use crate::pipeline::Outcome;
use rusqlite::{Connection, Statement};
use serde::ser::{self, Impossible, Serializer};
use serde::Serialize;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use tempfile::TempPath;

/// Columns of `entities`, `links` and `storylines` (the corpus-level tables).
pub use super::corpus::{ENTITY_COLUMNS, LINK_COLUMNS, STORYLINE_COLUMNS};

/// One table of the database.
#[derive(Clone, Debug)]
pub struct TableSchema {
    pub name: &'static str,
    /// Column names in order (the row type's `*_COLUMNS`); types come from [`column_type`].
    pub columns: Vec<&'static str>,
    /// Empty: the table keys on SQLite's implicit `rowid`.
    pub primary_key: &'static [&'static str],
    /// (columns, referenced table, referenced columns).
    pub foreign_keys: &'static [ForeignKey],
    /// Indexes made after the rows are in; an index whose columns the table lacks is skipped
    /// (so `mentions(entity_id)` exists only once mentions have that column).
    pub indexes: &'static [&'static [&'static str]],
}

pub type ForeignKey = (
    &'static [&'static str],
    &'static str,
    &'static [&'static str],
);

const TO_ARTICLE: ForeignKey = (&["doc_id"], "articles", &["doc_id"]);

/// SQL type of a column, by name: counts, ids and offsets are INTEGER (booleans too, 0/1),
/// amounts and scores REAL, everything else TEXT.
pub fn column_type(column: &str) -> &'static str {
    match column {
        "sentence_id" | "mention_id" | "start" | "end" | "chars" | "sentences" | "mentions"
        | "articles" | "evidence_start" | "evidence_end" | "shared_count" | "storyline_id"
        | "approx" => "INTEGER",
        "amount" | "amount_max" | "value" | "confidence" | "score" => "REAL",
        _ => "TEXT",
    }
}

/// The tables of a newsfacts database, with the columns the row types have today.
/// A `doc_id` that leads a primary key is indexed by that key; the others get an index.
pub fn default_schema() -> Vec<TableSchema> {
    vec![
        TableSchema {
            name: "articles",
            columns: ARTICLE_COLUMNS.to_vec(),
            primary_key: &["doc_id"],
            foreign_keys: &[],
            indexes: &[],
        },
        TableSchema {
            name: "sentences",
            columns: SENTENCE_COLUMNS.to_vec(),
            primary_key: &["doc_id", "sentence_id"],
            foreign_keys: &[TO_ARTICLE],
            indexes: &[],
        },
        TableSchema {
            name: "mentions",
            columns: MENTION_COLUMNS.to_vec(),
            primary_key: &["doc_id", "mention_id"],
            foreign_keys: &[TO_ARTICLE],
            indexes: &[&["entity_id"], &["label", "canonical"]],
        },
        TableSchema {
            name: "money",
            columns: MONEY_COLUMNS.to_vec(),
            primary_key: &["doc_id", "mention_id"],
            foreign_keys: &[
                TO_ARTICLE,
                (
                    &["doc_id", "mention_id"],
                    "mentions",
                    &["doc_id", "mention_id"],
                ),
            ],
            indexes: &[&["currency"]],
        },
        TableSchema {
            name: "relations",
            columns: RELATION_COLUMNS.to_vec(),
            primary_key: &[],
            foreign_keys: &[TO_ARTICLE],
            indexes: &[&["doc_id"], &["subject_id"], &["object_id"]],
        },
        TableSchema {
            name: "entities",
            columns: ENTITY_COLUMNS.to_vec(),
            primary_key: &["entity_id"],
            foreign_keys: &[],
            indexes: &[&["label", "canonical"]],
        },
        TableSchema {
            name: "links",
            columns: LINK_COLUMNS.to_vec(),
            primary_key: &["doc_a", "doc_b"],
            foreign_keys: &[
                (&["doc_a"], "articles", &["doc_id"]),
                (&["doc_b"], "articles", &["doc_id"]),
            ],
            indexes: &[&["doc_b"]],
        },
        TableSchema {
            name: "storylines",
            columns: STORYLINE_COLUMNS.to_vec(),
            primary_key: &["doc_id", "storyline_id"],
            foreign_keys: &[TO_ARTICLE],
            indexes: &[&["storyline_id"]],
        },
    ]
}

fn quote(ident: &str) -> String {
    format!("\"{}\"", ident.replace('"', "\"\""))
}

fn quote_list(idents: &[&str]) -> String {
    idents
        .iter()
        .map(|c| quote(c))
        .collect::<Vec<_>>()
        .join(", ")
}

impl TableSchema {
    /// `CREATE TABLE` statement.
    pub fn create_sql(&self) -> String {
        let mut parts: Vec<String> = self
            .columns
            .iter()
            .map(|c| {
                let not_null = if self.primary_key.contains(c) {
                    " NOT NULL"
                } else {
                    ""
                };
                format!("{} {}{not_null}", quote(c), column_type(c))
            })
            .collect();
        if !self.primary_key.is_empty() {
            parts.push(format!("PRIMARY KEY ({})", quote_list(self.primary_key)));
        }
        for (cols, table, refs) in self.foreign_keys {
            parts.push(format!(
                "FOREIGN KEY ({}) REFERENCES {} ({})",
                quote_list(cols),
                quote(table),
                quote_list(refs)
            ));
        }
        format!(
            "CREATE TABLE {} (\n  {}\n)",
            quote(self.name),
            parts.join(",\n  ")
        )
    }

    /// `CREATE INDEX` statements for the indexes whose columns the table has.
    pub fn index_sql(&self) -> Vec<String> {
        self.indexes
            .iter()
            .filter(|cols| cols.iter().all(|c| self.columns.contains(c)))
            .map(|cols| {
                format!(
                    "CREATE INDEX {} ON {} ({})",
                    quote(&format!("{}_{}", self.name, cols.join("_"))),
                    quote(self.name),
                    quote_list(cols)
                )
            })
            .collect()
    }

    fn insert_sql(&self) -> String {
        let params: Vec<String> = (1..=self.columns.len()).map(|i| format!("?{i}")).collect();
        format!(
            "INSERT INTO {} ({}) VALUES ({})",
            quote(self.name),
            quote_list(&self.columns),
            params.join(", ")
        )
    }
}

/// A database being written to a temporary file; [`SqliteWriter::commit`] makes it final.
pub struct SqliteWriter {
    conn: Connection,
    /// Deleted when dropped, unless persisted by `commit`.
    tmp: TempPath,
    target: PathBuf,
    tables: Vec<(TableSchema, String)>,
    /// Articles left out because their doc_id was already in the database.
    duplicates: usize,
    first_duplicate: Option<String>,
}

fn sql_error(path: &Path, e: impl fmt::Display) -> io::Error {
    io::Error::other(format!("SQLite {}: {e}", path.display()))
}

impl SqliteWriter {
    /// A new database for `target` (replaced on commit), with [`default_schema`].
    pub fn create(target: &Path) -> io::Result<SqliteWriter> {
        SqliteWriter::create_with_schema(target, default_schema())
    }

    /// A new database for `target` with the given tables.
    pub fn create_with_schema(target: &Path, schema: Vec<TableSchema>) -> io::Result<SqliteWriter> {
        if let Some(t) = schema.iter().find(|t| t.columns.len() > 64) {
            return Err(sql_error(
                target,
                format!("table {} has over 64 columns", t.name),
            ));
        }
        let name = target
            .file_name()
            .ok_or_else(|| sql_error(target, "not a file name"))?
            .to_string_lossy()
            .into_owned();
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&dir)?;
        let tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .tempfile_in(&dir)?
            .into_temp_path();
        let err = |e: rusqlite::Error| sql_error(target, e);
        let conn = Connection::open(&tmp).map_err(err)?;
        // Building a new file that nobody reads until it is renamed: no rollback journal and
        // no fsync per page (a crash leaves only the temporary file).
        conn.execute_batch(
            "PRAGMA journal_mode = OFF;
             PRAGMA synchronous = OFF;
             PRAGMA locking_mode = EXCLUSIVE;
             PRAGMA temp_store = MEMORY;
             PRAGMA cache_size = -65536;
             PRAGMA foreign_keys = ON;",
        )
        .map_err(err)?;
        conn.set_prepared_statement_cache_capacity(32);
        let mut ddl = String::from("BEGIN;\n");
        for t in &schema {
            ddl.push_str(&t.create_sql());
            ddl.push_str(";\n");
        }
        conn.execute_batch(&ddl).map_err(err)?;
        let tables = schema
            .into_iter()
            .map(|t| {
                let sql = t.insert_sql();
                (t, sql)
            })
            .collect();
        Ok(SqliteWriter {
            conn,
            tmp,
            target: target.to_path_buf(),
            tables,
            duplicates: 0,
            first_duplicate: None,
        })
    }

    /// The final path of the database.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Inserts one row into `table`. Fields are matched to columns by name (serde field
    /// names); strings become TEXT, integers and booleans INTEGER, floats REAL, `None` NULL;
    /// columns the row lacks are NULL. A field with no column is an error naming both.
    pub fn insert<T: Serialize + ?Sized>(&mut self, table: &str, row: &T) -> io::Result<()> {
        self.try_insert(table, row).map_err(|e| self.error(e))
    }

    /// Inserts every row of `rows` into `table` (see [`SqliteWriter::insert`]).
    pub fn insert_all<T: Serialize>(
        &mut self,
        table: &str,
        rows: impl IntoIterator<Item = T>,
    ) -> io::Result<()> {
        rows.into_iter().try_for_each(|r| self.insert(table, &r))
    }

    fn error(&self, e: BindError) -> io::Error {
        sql_error(&self.target, e)
    }

    fn try_insert<T: Serialize + ?Sized>(&self, table: &str, row: &T) -> Result<(), BindError> {
        let (schema, sql) = self
            .tables
            .iter()
            .find(|(t, _)| t.name == table)
            .ok_or_else(|| BindError::Msg(format!("no table {table:?}")))?;
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut binder = RowBinder {
            stmt: &mut stmt,
            table,
            columns: &schema.columns,
            bound: 0,
        };
        row.serialize(&mut binder)?;
        // Columns the row does not have are NULL (bindings persist between executions).
        for i in 0..schema.columns.len() {
            if binder.bound & (1 << i) == 0 {
                binder
                    .stmt
                    .raw_bind_parameter(i + 1, rusqlite::types::Null)?;
            }
        }
        stmt.raw_execute()?;
        Ok(())
    }

    /// Writes the rows of one article to every per-article table. An article whose doc_id is
    /// already in the database is left out (counted, reported on commit).
    pub fn write_outcome(&mut self, outcome: &Outcome) -> io::Result<()> {
        match self.try_insert("articles", &rows::article_row(outcome)) {
            Ok(()) => {}
            Err(BindError::Sql(e))
                if e.sqlite_extended_error_code()
                    == Some(rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY) =>
            {
                self.duplicates += 1;
                if self.first_duplicate.is_none() {
                    self.first_duplicate = Some(rows::article_row(outcome).doc_id.to_string());
                }
                return Ok(());
            }
            Err(e) => return Err(self.error(e)),
        }
        let Outcome::Analysed(a) = outcome else {
            return Ok(());
        };
        let idx = CharIndex::new(&a.article.text);
        for r in rows::sentence_rows(a, &idx) {
            self.insert("sentences", &r)?;
        }
        for r in rows::mention_rows(a, &idx) {
            self.insert("mentions", &r)?;
        }
        for r in rows::money_rows(a) {
            self.insert("money", &r)?;
        }
        for r in rows::relation_rows(a, &idx) {
            self.insert("relations", &r)?;
        }
        Ok(())
    }

    /// Articles left out because their doc_id was already in the database.
    pub fn duplicates(&self) -> usize {
        self.duplicates
    }

    /// Commits the rows, builds the indexes and planner statistics, and renames the file into
    /// place. Returns the final path.
    pub fn commit(self) -> io::Result<PathBuf> {
        let SqliteWriter {
            conn,
            tmp,
            target,
            tables,
            duplicates,
            first_duplicate,
        } = self;
        let err = |e: rusqlite::Error| sql_error(&target, e);
        let mut sql = String::from("COMMIT;\nBEGIN;\n");
        for (t, _) in &tables {
            for index in t.index_sql() {
                sql.push_str(&index);
                sql.push_str(";\n");
            }
        }
        // Bounded ANALYZE: planner statistics for analysts' joins, at a fixed cost.
        sql.push_str("PRAGMA analysis_limit = 1000;\nANALYZE;\nCOMMIT;");
        conn.execute_batch(&sql).map_err(err)?;
        conn.close().map_err(|(_, e)| err(e))?;
        std::fs::File::open(&tmp)?.sync_all()?;
        // Temporary files are private (0600); a finished database is an ordinary file.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o644))?;
        }
        tmp.persist(&target).map_err(|e| e.error)?;
        if duplicates > 0 {
            eprintln!(
                "newsfacts: warning: {}: {duplicates} article(s) left out, their doc_id was \
                 already used (first: {:?}); the CSV tables have them",
                target.display(),
                first_duplicate.unwrap_or_default()
            );
        }
        Ok(target)
    }
}

impl Sink for SqliteWriter {
    /// The database holds the tables' rows, and no tokens.
    fn reads_tokens(&self) -> bool {
        false
    }

    fn write(&mut self, outcome: &Outcome) -> io::Result<()> {
        self.write_outcome(outcome)
    }

    fn write_corpus(&mut self, corpus: &crate::corpus::CorpusResult) -> io::Result<()> {
        super::corpus::emit_rows(corpus, self)
    }

    fn finish(self: Box<Self>) -> io::Result<Vec<PathBuf>> {
        Ok(vec![self.commit()?])
    }
}

/// The corpus tables go into their SQLite tables of the same names.
impl super::corpus::CorpusRows for SqliteWriter {
    fn entity(&mut self, row: &super::corpus::EntityRow) -> io::Result<()> {
        self.insert("entities", row)
    }
    fn link(&mut self, row: &super::corpus::LinkRow) -> io::Result<()> {
        self.insert("links", row)
    }
    fn storyline(&mut self, row: &super::corpus::StorylineRow) -> io::Result<()> {
        self.insert("storylines", row)
    }
}

/// Why a row could not be bound or inserted.
#[derive(Debug)]
enum BindError {
    Sql(rusqlite::Error),
    Msg(String),
}

impl fmt::Display for BindError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BindError::Sql(e) => e.fmt(f),
            BindError::Msg(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for BindError {}

impl ser::Error for BindError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        BindError::Msg(msg.to_string())
    }
}

impl From<rusqlite::Error> for BindError {
    fn from(e: rusqlite::Error) -> Self {
        BindError::Sql(e)
    }
}

/// Binds the fields of one row (a struct) to the parameters of an INSERT, by column name.
struct RowBinder<'s, 'c> {
    stmt: &'s mut Statement<'c>,
    table: &'s str,
    columns: &'s [&'static str],
    /// Bit i: parameter i+1 was bound by this row.
    bound: u64,
}

fn not_a_row<T>(table: &str) -> Result<T, BindError> {
    Err(BindError::Msg(format!(
        "a {table} row must be a struct with named fields"
    )))
}

/// A scalar where a row should be: an error naming the table.
macro_rules! reject_scalars {
    ($($name:ident: $ty:ty),* $(,)?) => {
        $(fn $name(self, _: $ty) -> Result<(), BindError> {
            not_a_row(self.table)
        })*
    };
}

impl<'a, 's, 'c> Serializer for &'a mut RowBinder<'s, 'c> {
    type Ok = ();
    type Error = BindError;
    type SerializeSeq = Impossible<(), BindError>;
    type SerializeTuple = Impossible<(), BindError>;
    type SerializeTupleStruct = Impossible<(), BindError>;
    type SerializeTupleVariant = Impossible<(), BindError>;
    type SerializeMap = Impossible<(), BindError>;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), BindError>;

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, BindError> {
        Ok(self)
    }

    reject_scalars!(
        serialize_bool: bool,
        serialize_i64: i64,
        serialize_u64: u64,
        serialize_f64: f64,
        serialize_i8: i8,
        serialize_i16: i16,
        serialize_i32: i32,
        serialize_u8: u8,
        serialize_u16: u16,
        serialize_u32: u32,
        serialize_f32: f32,
        serialize_char: char,
        serialize_str: &str,
        serialize_bytes: &[u8],
    );
    fn serialize_none(self) -> Result<(), BindError> {
        not_a_row(self.table)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), BindError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), BindError> {
        not_a_row(self.table)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), BindError> {
        not_a_row(self.table)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
    ) -> Result<(), BindError> {
        not_a_row(self.table)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), BindError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), BindError> {
        not_a_row(self.table)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, BindError> {
        not_a_row(self.table)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, BindError> {
        not_a_row(self.table)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, BindError> {
        not_a_row(self.table)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, BindError> {
        not_a_row(self.table)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, BindError> {
        not_a_row(self.table)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, BindError> {
        not_a_row(self.table)
    }
}

impl ser::SerializeStruct for &mut RowBinder<'_, '_> {
    type Ok = ();
    type Error = BindError;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), BindError> {
        let Some(i) = self.columns.iter().position(|c| *c == key) else {
            return Err(BindError::Msg(format!(
                "table {} has no column {key:?} (add it to the table's columns)",
                self.table
            )));
        };
        value.serialize(ValueBinder {
            stmt: self.stmt,
            index: i + 1,
            column: key,
        })?;
        self.bound |= 1 << i;
        Ok(())
    }

    fn skip_field(&mut self, _: &'static str) -> Result<(), BindError> {
        Ok(()) // left NULL
    }

    fn end(self) -> Result<(), BindError> {
        Ok(())
    }
}

/// Binds one field value to one parameter.
struct ValueBinder<'s, 'c> {
    stmt: &'s mut Statement<'c>,
    index: usize,
    column: &'static str,
}

impl ValueBinder<'_, '_> {
    fn bind<T: rusqlite::ToSql>(self, v: T) -> Result<(), BindError> {
        Ok(self.stmt.raw_bind_parameter(self.index, v)?)
    }

    fn nested<T>(self) -> Result<T, BindError> {
        Err(BindError::Msg(format!(
            "column {:?}: nested values cannot be stored in one column",
            self.column
        )))
    }
}

impl Serializer for ValueBinder<'_, '_> {
    type Ok = ();
    type Error = BindError;
    type SerializeSeq = Impossible<(), BindError>;
    type SerializeTuple = Impossible<(), BindError>;
    type SerializeTupleStruct = Impossible<(), BindError>;
    type SerializeTupleVariant = Impossible<(), BindError>;
    type SerializeMap = Impossible<(), BindError>;
    type SerializeStruct = Impossible<(), BindError>;
    type SerializeStructVariant = Impossible<(), BindError>;

    fn serialize_bool(self, v: bool) -> Result<(), BindError> {
        self.bind(i64::from(v))
    }
    fn serialize_i8(self, v: i8) -> Result<(), BindError> {
        self.bind(i64::from(v))
    }
    fn serialize_i16(self, v: i16) -> Result<(), BindError> {
        self.bind(i64::from(v))
    }
    fn serialize_i32(self, v: i32) -> Result<(), BindError> {
        self.bind(i64::from(v))
    }
    fn serialize_i64(self, v: i64) -> Result<(), BindError> {
        self.bind(v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), BindError> {
        self.bind(i64::from(v))
    }
    fn serialize_u16(self, v: u16) -> Result<(), BindError> {
        self.bind(i64::from(v))
    }
    fn serialize_u32(self, v: u32) -> Result<(), BindError> {
        self.bind(i64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Result<(), BindError> {
        match i64::try_from(v) {
            Ok(v) => self.bind(v),
            // Beyond SQLite's 64-bit signed integers: keep the magnitude as REAL.
            Err(_) => self.bind(v as f64),
        }
    }
    fn serialize_f32(self, v: f32) -> Result<(), BindError> {
        // Through the shortest decimal form, so 0.8f32 is stored as 0.8, as the CSV shows it.
        let v: f64 = v.to_string().parse().unwrap_or(f64::from(v));
        self.bind(v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), BindError> {
        self.bind(v)
    }
    fn serialize_char(self, v: char) -> Result<(), BindError> {
        self.bind(v.to_string())
    }
    fn serialize_str(self, v: &str) -> Result<(), BindError> {
        self.bind(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), BindError> {
        self.bind(v)
    }
    fn serialize_none(self) -> Result<(), BindError> {
        self.bind(rusqlite::types::Null)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), BindError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), BindError> {
        self.bind(rusqlite::types::Null)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), BindError> {
        self.bind(rusqlite::types::Null)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), BindError> {
        self.bind(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), BindError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), BindError> {
        self.nested()
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, BindError> {
        self.nested()
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, BindError> {
        self.nested()
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, BindError> {
        self.nested()
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, BindError> {
        self.nested()
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, BindError> {
        self.nested()
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, BindError> {
        self.nested()
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, BindError> {
        self.nested()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, InputFailure};
    use crate::pipeline::Pipeline;
    use rusqlite::types::Value;

    fn outcome(pipeline: &Pipeline, id: &str, text: &str) -> Outcome {
        Outcome::from_input(
            pipeline,
            Ok(Article {
                id: id.into(),
                source_path: format!("{id}.txt"),
                text: text.into(),
                ..Default::default()
            }),
        )
    }

    fn query(conn: &Connection, sql: &str) -> Vec<Vec<Value>> {
        let mut stmt = conn.prepare(sql).unwrap();
        let n = stmt.column_count();
        stmt.query_map([], |r| (0..n).map(|i| r.get::<_, Value>(i)).collect())
            .unwrap()
            .map(Result::unwrap)
            .collect()
    }

    fn one(conn: &Connection, sql: &str) -> Value {
        query(conn, sql).remove(0).remove(0)
    }

    fn int(v: i64) -> Value {
        Value::Integer(v)
    }

    fn text(v: &str) -> Value {
        Value::Text(v.into())
    }

    /// Articles with their rows, a failed input and a duplicate id: typed columns, keys,
    /// indexes, raw text, and the file appears only on commit.
    #[test]
    fn writes_typed_tables_atomically() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("sub/news.db");
        let pipeline = Pipeline::without_gazetteers();
        let mut w = SqliteWriter::create(&target).unwrap();
        let first = "=HYPERLINK(\"x\") Talks resume in Geneva. Mr. John Smith said on Monday.";
        w.write_outcome(&outcome(&pipeline, "a1", first)).unwrap();
        w.write_outcome(&Outcome::Failed(InputFailure {
            id: "bad".into(),
            source_path: "bad.jsonl:3".into(),
            reason: "invalid JSON".into(),
        }))
        .unwrap();
        w.write_outcome(&outcome(&pipeline, "a1", "A second text with the same id."))
            .unwrap();
        assert_eq!(w.duplicates(), 1);
        assert!(
            !target.exists(),
            "nothing under the final name before commit"
        );
        assert_eq!(w.commit().unwrap(), target);
        let leftovers: Vec<_> = std::fs::read_dir(target.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers, vec![std::ffi::OsString::from("news.db")]);

        let conn = Connection::open(&target).unwrap();
        assert_eq!(one(&conn, "SELECT count(*) FROM articles"), int(2));
        assert_eq!(
            query(
                &conn,
                "SELECT status, chars, typeof(chars) FROM articles ORDER BY doc_id"
            ),
            vec![
                vec![
                    text("ok"),
                    int(first.chars().count() as i64),
                    text("integer")
                ],
                vec![text("error"), int(0), text("integer")],
            ]
        );
        // Raw text, not neutralised; sentence offsets are integers that slice the text.
        assert_eq!(
            query(
                &conn,
                "SELECT text, typeof(start), \"end\" FROM sentences WHERE sentence_id = 0"
            ),
            vec![vec![
                text("=HYPERLINK(\"x\") Talks resume in Geneva."),
                text("integer"),
                int("=HYPERLINK(\"x\") Talks resume in Geneva.".chars().count() as i64)
            ]]
        );
        assert_eq!(one(&conn, "SELECT count(*) FROM sentences"), int(2));
        // Every table and index exists; keys hold.
        let tables = query(&conn, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        let names: Vec<Value> = [
            "articles",
            "entities",
            "links",
            "mentions",
            "money",
            "relations",
            "sentences",
            "storylines",
        ]
        .into_iter()
        .map(text)
        .collect();
        assert_eq!(tables.into_iter().flatten().collect::<Vec<_>>(), names);
        let indexes: Vec<Value> = query(&conn, "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .into_iter()
            .flatten()
            .collect();
        for want in [
            "relations_doc_id",
            "mentions_label_canonical",
            "links_doc_b",
        ] {
            assert!(indexes.contains(&text(want)), "{want} in {indexes:?}");
        }
        // No entity_id column yet, so no index on it.
        let has_entity_id = MENTION_COLUMNS.contains(&"entity_id");
        assert_eq!(indexes.contains(&text("mentions_entity_id")), has_entity_id);
        assert!(query(&conn, "PRAGMA foreign_key_check").is_empty());
        let pk = query(
            &conn,
            "SELECT name FROM pragma_table_info('sentences') WHERE pk > 0 ORDER BY pk",
        );
        assert_eq!(pk, vec![vec![text("doc_id")], vec![text("sentence_id")]]);
    }

    #[derive(Serialize)]
    struct Entity<'a> {
        entity_id: &'a str,
        label: &'a str,
        canonical: &'a str,
        articles: usize,
        mentions: u32,
        first_date: Option<&'a str>,
    }

    #[derive(Serialize)]
    struct Link<'a> {
        doc_a: &'a str,
        doc_b: &'a str,
        score: f32,
        shared_count: usize,
        shared_entities: String,
    }

    #[derive(Serialize)]
    struct Stray {
        entity_id: &'static str,
        colour: &'static str,
    }

    /// Corpus-level rows go in by field name after the articles; missing columns are NULL, a
    /// field with no column or an unknown table is an error naming it.
    #[test]
    fn inserts_corpus_tables_by_field_name() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("news.db");
        let pipeline = Pipeline::without_gazetteers();
        let mut handle = SqliteWriter::create(&target).unwrap();
        handle.write(&outcome(&pipeline, "a", "One text.")).unwrap();
        handle
            .write(&outcome(&pipeline, "b", "Another text."))
            .unwrap();
        assert!(!target.exists());
        let entity = Entity {
            entity_id: "Q317521",
            label: "PERSON",
            canonical: "Elon Musk",
            articles: 2,
            mentions: 5,
            first_date: None,
        };
        handle.insert("entities", &entity).unwrap();
        handle
            .insert_all(
                "links",
                [Link {
                    doc_a: "a",
                    doc_b: "b",
                    score: 0.8,
                    shared_count: 1,
                    shared_entities: "Elon Musk".into(),
                }],
            )
            .unwrap();
        let e = handle
            .insert(
                "entities",
                &Stray {
                    entity_id: "x",
                    colour: "red",
                },
            )
            .unwrap_err()
            .to_string();
        assert!(e.contains("entities") && e.contains("colour"), "{e}");
        let e = handle.insert("nope", &entity).unwrap_err().to_string();
        assert!(e.contains("nope"), "{e}");
        let e = handle
            .insert("entities", &"just a string")
            .unwrap_err()
            .to_string();
        assert!(e.contains("struct"), "{e}");
        assert_eq!(handle.commit().unwrap(), target);

        let conn = Connection::open(&target).unwrap();
        assert_eq!(
            query(
                &conn,
                "SELECT entity_id, articles, mentions, aliases, first_date FROM entities"
            ),
            vec![vec![
                text("Q317521"),
                int(2),
                int(5),
                Value::Null,
                Value::Null
            ]]
        );
        assert_eq!(
            query(
                &conn,
                "SELECT score, typeof(score), shared_count FROM links"
            ),
            vec![vec![Value::Real(0.8), text("real"), int(1)]]
        );
        assert!(query(&conn, "PRAGMA foreign_key_check").is_empty());
    }

    /// An index is made only when the table has its columns (mentions.entity_id).
    #[test]
    fn entity_id_index_follows_the_column() {
        let mut schema = default_schema();
        let mentions = schema.iter_mut().find(|t| t.name == "mentions").unwrap();
        mentions.columns.retain(|c| *c != "entity_id");
        assert!(!mentions.index_sql().iter().any(|s| s.contains("entity_id")));
        mentions.columns.push("entity_id");
        assert!(mentions.index_sql().contains(
            &"CREATE INDEX \"mentions_entity_id\" ON \"mentions\" (\"entity_id\")".to_string()
        ));
        let create = mentions.create_sql();
        assert!(create.contains("\"doc_id\" TEXT NOT NULL"), "{create}");
        assert!(create.contains("\"start\" INTEGER,"), "{create}");
        assert!(create.contains("\"entity_id\" TEXT"), "{create}");
        assert!(
            create.contains("PRIMARY KEY (\"doc_id\", \"mention_id\")"),
            "{create}"
        );
        assert!(
            create.contains("REFERENCES \"articles\" (\"doc_id\")"),
            "{create}"
        );
    }

    #[test]
    fn column_types_by_name() {
        let cases = [
            ("doc_id", "TEXT"),
            ("entity_id", "TEXT"),
            ("subject_id", "TEXT"),
            ("text", "TEXT"),
            ("date", "TEXT"),
            ("sentence_id", "INTEGER"),
            ("start", "INTEGER"),
            ("end", "INTEGER"),
            ("approx", "INTEGER"),
            ("shared_count", "INTEGER"),
            ("amount", "REAL"),
            ("confidence", "REAL"),
            ("score", "REAL"),
        ];
        for (column, want) in cases {
            assert_eq!(column_type(column), want, "{column}");
        }
    }

    /// A writer dropped without commit leaves nothing behind.
    #[test]
    fn dropped_writer_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("news.db");
        let w = SqliteWriter::create(&target).unwrap();
        drop(w);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
