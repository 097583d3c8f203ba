//! CSV cells that are safe to open in a spreadsheet (OWASP "CSV injection").
//!
//! Takes: text cells, or any `Serialize` row on its way to the csv crate. Gives: the same
//! cells, with a leading apostrophe on those that start with `=`, `+`, `-`, `@`, tab or CR,
//! which Excel and LibreOffice would otherwise run as formulas. Does not: touch numbers
//! (integers, floats and booleans are serialised as such and never pass through here), look
//! past the first byte, or change JSON Lines or SQLite output (they keep the raw text).

use serde::ser::{self, Serializer};
use serde::Serialize;
use std::borrow::Cow;

/// True when a text cell would be read as a formula by a spreadsheet: it starts with `=`, `+`,
/// `-`, `@`, tab or carriage return (OWASP's list). Only the first byte is looked at.
#[inline]
pub fn is_formula_like(cell: &[u8]) -> bool {
    matches!(
        cell.first(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    )
}

/// A text cell made safe for spreadsheets: formula-like cells ([`is_formula_like`]) get a
/// leading apostrophe, which spreadsheets hide and which makes the cell plain text; every
/// other cell is returned as it is, without copying.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if is_formula_like(cell.as_bytes()) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A row whose string fields are [`neutralise`]d as it is serialised:
/// `csv_writer.serialize(SafeCsv(&row))`. Numbers, booleans, `None` and enum variant names
/// pass through unchanged. Only struct fields, options and newtypes are looked into, which is
/// everything a flat CSV row holds.
pub struct SafeCsv<'a, T: ?Sized>(pub &'a T);

impl<T: Serialize + ?Sized> Serialize for SafeCsv<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(Safe(s))
    }
}

/// The serializer behind [`SafeCsv`]: forwards everything, rewriting strings.
struct Safe<S>(S);

/// A struct whose fields are serialised through [`Safe`].
struct SafeStruct<S>(S);

impl<S: ser::SerializeStruct> ser::SerializeStruct for SafeStruct<S> {
    type Ok = S::Ok;
    type Error = S::Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), S::Error> {
        self.0.serialize_field(key, &SafeCsv(value))
    }

    fn skip_field(&mut self, key: &'static str) -> Result<(), S::Error> {
        self.0.skip_field(key)
    }

    fn end(self) -> Result<S::Ok, S::Error> {
        self.0.end()
    }
}

/// Forwards `serialize_$name(v)` unchanged.
macro_rules! forward {
    ($($name:ident: $ty:ty),* $(,)?) => {
        $(fn $name(self, v: $ty) -> Result<S::Ok, S::Error> {
            self.0.$name(v)
        })*
    };
}

impl<S: Serializer> Serializer for Safe<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = S::SerializeSeq;
    type SerializeTuple = S::SerializeTuple;
    type SerializeTupleStruct = S::SerializeTupleStruct;
    type SerializeTupleVariant = S::SerializeTupleVariant;
    type SerializeMap = S::SerializeMap;
    type SerializeStruct = SafeStruct<S::SerializeStruct>;
    type SerializeStructVariant = S::SerializeStructVariant;

    forward!(
        serialize_bool: bool,
        serialize_i8: i8,
        serialize_i16: i16,
        serialize_i32: i32,
        serialize_i64: i64,
        serialize_i128: i128,
        serialize_u8: u8,
        serialize_u16: u16,
        serialize_u32: u32,
        serialize_u64: u64,
        serialize_u128: u128,
        serialize_f32: f32,
        serialize_f64: f64,
        serialize_bytes: &[u8],
    );

    fn serialize_str(self, v: &str) -> Result<S::Ok, S::Error> {
        self.0.serialize_str(&neutralise(v))
    }

    fn serialize_char(self, v: char) -> Result<S::Ok, S::Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }

    fn serialize_none(self) -> Result<S::Ok, S::Error> {
        self.0.serialize_none()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<S::Ok, S::Error> {
        self.0.serialize_some(&SafeCsv(value))
    }

    fn serialize_unit(self) -> Result<S::Ok, S::Error> {
        self.0.serialize_unit()
    }

    fn serialize_unit_struct(self, name: &'static str) -> Result<S::Ok, S::Error> {
        self.0.serialize_unit_struct(name)
    }

    fn serialize_unit_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
    ) -> Result<S::Ok, S::Error> {
        self.0.serialize_unit_variant(name, index, variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        self.0.serialize_newtype_struct(name, &SafeCsv(value))
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        self.0
            .serialize_newtype_variant(name, index, variant, &SafeCsv(value))
    }

    fn serialize_seq(self, len: Option<usize>) -> Result<S::SerializeSeq, S::Error> {
        self.0.serialize_seq(len)
    }

    fn serialize_tuple(self, len: usize) -> Result<S::SerializeTuple, S::Error> {
        self.0.serialize_tuple(len)
    }

    fn serialize_tuple_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<S::SerializeTupleStruct, S::Error> {
        self.0.serialize_tuple_struct(name, len)
    }

    fn serialize_tuple_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<S::SerializeTupleVariant, S::Error> {
        self.0.serialize_tuple_variant(name, index, variant, len)
    }

    fn serialize_map(self, len: Option<usize>) -> Result<S::SerializeMap, S::Error> {
        self.0.serialize_map(len)
    }

    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStruct, S::Error> {
        self.0.serialize_struct(name, len).map(SafeStruct)
    }

    fn serialize_struct_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<S::SerializeStructVariant, S::Error> {
        self.0.serialize_struct_variant(name, index, variant, len)
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_like_cells() {
        // (cell, formula-like)
        let cases = [
            ("=HYPERLINK(\"http://x\",\"y\")", true),
            ("+cmd", true),
            ("-2+3", true),
            ("@SUM(A1)", true),
            ("\tindented", true),
            ("\rreturn", true),
            ("", false),
            ("plain", false),
            ("a=b", false),
            (" =1", false),
            ("'=already", false),
            ("#hash", false),
            ("\nnewline", false),
            ("＝fullwidth", false),
            ("é", false),
        ];
        for (cell, want) in cases {
            assert_eq!(is_formula_like(cell.as_bytes()), want, "{cell:?}");
            let out = neutralise(cell);
            if want {
                assert_eq!(out, format!("'{cell}"), "{cell:?}");
            } else {
                assert!(matches!(out, Cow::Borrowed(c) if c == cell), "{cell:?}");
            }
        }
    }

    #[derive(Serialize)]
    struct Row<'a> {
        name: &'a str,
        title: Option<&'a str>,
        owned: String,
        count: usize,
        delta: i64,
        amount: f64,
        flag: bool,
        missing: Option<&'a str>,
        letter: char,
        wrapped: Wrapped<'a>,
    }

    #[derive(Serialize)]
    struct Wrapped<'a>(&'a str);

    fn csv_line<T: Serialize>(row: T) -> String {
        let mut w = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(Vec::new());
        w.serialize(row).unwrap();
        String::from_utf8(w.into_inner().unwrap()).unwrap()
    }

    /// Text fields are neutralised wherever they sit; numbers keep their sign and type.
    #[test]
    fn rows_are_neutralised_field_by_field() {
        let row = Row {
            name: "=HYPERLINK(\"http://x\",\"y\")",
            title: Some("@SUM(A1)"),
            owned: "-2+3".to_string(),
            count: 3,
            delta: -5,
            amount: -2.5,
            flag: false,
            missing: None,
            letter: '+',
            wrapped: Wrapped("+cmd"),
        };
        assert_eq!(
            csv_line(SafeCsv(&row)),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'@SUM(A1),'-2+3,3,-5,-2.5,false,,'+,'+cmd\n"
        );
        assert_eq!(
            csv_line(&row),
            "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",@SUM(A1),-2+3,3,-5,-2.5,false,,+,+cmd\n"
        );
        let plain = Row {
            name: "Acme",
            title: Some("a = b"),
            owned: String::new(),
            count: 0,
            delta: 7,
            amount: 1e9,
            flag: true,
            missing: None,
            letter: 'x',
            wrapped: Wrapped("ok"),
        };
        assert_eq!(csv_line(SafeCsv(&plain)), csv_line(&plain));
    }
}
