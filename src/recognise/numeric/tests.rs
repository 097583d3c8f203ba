//! Tables of cases for the numeric recognisers: positives with their normalised values, and
//! negatives that must produce nothing of that label.

use super::find_numeric;
use crate::model::Label;

/// (input, span, amount, amount_max, currency, qualifier); approx = a hedging qualifier.
type MoneyCase = (
    &'static str,
    &'static str,
    f64,
    Option<f64>,
    &'static str,
    Option<&'static str>,
);

const SOYUZ: &str = "A seat in the Soyuz costs NASA around $80 million (roughly Rs. 580 crores).";

const MONEY: &[MoneyCase] = &[
    // Wire copy's dotted short forms of a dollar's country.
    (
        "the deficit narrowed to 180 mln N.Z. Dlrs in January",
        "180 mln N.Z. Dlrs",
        180e6,
        None,
        "NZD",
        None,
    ),
    (
        "raised to 50 billion H.K. Dlrs from 30 billion",
        "50 billion H.K. Dlrs",
        50e9,
        None,
        "HKD",
        None,
    ),
    // Wire copy's mixed fractions: the whole amount, not the part after the slash.
    (
        "Qtly dividend 12-1/2 cts vs 8-1/3 cts prior",
        "12-1/2 cts",
        0.125,
        None,
        "USD",
        None,
    ),
    (
        "Qtly dividend 12-1/2 cts vs 8-1/3 cts prior",
        "8-1/3 cts",
        0.0833333,
        None,
        "USD",
        None,
    ),
    (
        "rose to 213-1/2 cents per share",
        "213-1/2 cents",
        2.135,
        None,
        "USD",
        None,
    ),
    // The issue's examples.
    (SOYUZ, "$80 million", 80e6, None, "USD", Some("around")),
    (SOYUZ, "Rs. 580 crores", 5.8e9, None, "INR", Some("roughly")),
    (
        "Google to Pay EUR 1.1-Million Fine",
        "EUR 1.1-Million",
        1.1e6,
        None,
        "EUR",
        None,
    ),
    (
        "Google Agrees to Pay $76 Million",
        "$76 Million",
        76e6,
        None,
        "USD",
        None,
    ),
    (
        "raised £2.5bn from investors",
        "£2.5bn",
        2.5e9,
        None,
        "GBP",
        None,
    ),
    (
        "a Rs16,189-crore deal",
        "Rs16,189-crore",
        161.89e9,
        None,
        "INR",
        None,
    ),
    (
        "sold for 500 rupees",
        "500 rupees",
        500.0,
        None,
        "INR",
        None,
    ),
    (
        "it costs $5-6 million",
        "$5-6 million",
        5e6,
        Some(6e6),
        "USD",
        None,
    ),
    (
        "paid 7-9 lakh rupees a year",
        "7-9 lakh rupees",
        7e5,
        Some(9e5),
        "INR",
        None,
    ),
    (
        "between $5 and $6 million",
        "$5 and $6 million",
        5e6,
        Some(6e6),
        "USD",
        Some("between"),
    ),
    (
        "between $5 million and $6 million",
        "$5 million and $6 million",
        5e6,
        Some(6e6),
        "USD",
        Some("between"),
    ),
    (
        "valued at $5 million to $7 million",
        "$5 million to $7 million",
        5e6,
        Some(7e6),
        "USD",
        None,
    ),
    (
        "rose from $5 million to $7 million",
        "$5 million",
        5e6,
        None,
        "USD",
        None,
    ),
    (
        "rose from $5 million to $7 million",
        "$7 million",
        7e6,
        None,
        "USD",
        None,
    ),
    // Hedges after the amount.
    (
        "fixed deposits of Rs 2 crore or less",
        "Rs 2 crore",
        2e7,
        None,
        "INR",
        Some("or less"),
    ),
    (
        "deals worth $5 million or more",
        "$5 million",
        5e6,
        None,
        "USD",
        Some("or more"),
    ),
    (
        "it costs $300 or so",
        "$300",
        300.0,
        None,
        "USD",
        Some("or so"),
    ),
    ("pay $300 or $400", "$300", 300.0, None, "USD", None),
    // "by X to Y": a change and the new level when Y is far above X, else a range of the
    // change.
    (
        "would cut profits by $3.8m to $4.9m",
        "$3.8m to $4.9m",
        3.8e6,
        Some(4.9e6),
        "USD",
        None,
    ),
    (
        "rise by $19bn to $419.3bn",
        "$419.3bn",
        419.3e9,
        None,
        "USD",
        None,
    ),
    (
        "cut the price by ₹10,000 to ₹1.30 lakh",
        "₹10,000",
        1e4,
        None,
        "INR",
        None,
    ),
    (
        "cut the price by ₹10,000 to ₹1.30 lakh",
        "₹1.30 lakh",
        1.3e5,
        None,
        "INR",
        None,
    ),
    (
        "he won five million dollars",
        "five million dollars",
        5e6,
        None,
        "USD",
        None,
    ),
    (
        "worth a billion dollars",
        "a billion dollars",
        1e9,
        None,
        "USD",
        None,
    ),
    (
        "A billion dollars later",
        "A billion dollars",
        1e9,
        None,
        "USD",
        None,
    ),
    (
        "spent half a million pounds",
        "half a million pounds",
        5e5,
        None,
        "GBP",
        None,
    ),
    (
        "gave two crore rupees",
        "two crore rupees",
        2e7,
        None,
        "INR",
        None,
    ),
    (
        "gave Two Crore Rupees",
        "Two Crore Rupees",
        2e7,
        None,
        "INR",
        None,
    ),
    ("only ten dollars", "ten dollars", 10.0, None, "USD", None),
    (
        "twenty-five dollars each",
        "twenty-five dollars",
        25.0,
        None,
        "USD",
        None,
    ),
    (
        "twenty five million dollars",
        "twenty five million dollars",
        25e6,
        None,
        "USD",
        None,
    ),
    (
        "five hundred rupees",
        "five hundred rupees",
        500.0,
        None,
        "INR",
        None,
    ),
    (
        "five hundred million dollars",
        "five hundred million dollars",
        5e8,
        None,
        "USD",
        None,
    ),
    (
        "one billion euros",
        "one billion euros",
        1e9,
        None,
        "EUR",
        None,
    ),
    (
        "three lakh rupees",
        "three lakh rupees",
        3e5,
        None,
        "INR",
        None,
    ),
    (
        "some ten million euros",
        "ten million euros",
        1e7,
        None,
        "EUR",
        Some("some"),
    ),
    // Indian grouping and units.
    (
        "a prize of Rs 1,00,000",
        "Rs 1,00,000",
        1e5,
        None,
        "INR",
        None,
    ),
    (
        "Rs 12,50,000 in cash",
        "Rs 12,50,000",
        1.25e6,
        None,
        "INR",
        None,
    ),
    (
        "₹1.5 lakh crore package",
        "₹1.5 lakh crore",
        1.5e12,
        None,
        "INR",
        None,
    ),
    (
        "Rs 5 lakh crore plan",
        "Rs 5 lakh crore",
        5e12,
        None,
        "INR",
        None,
    ),
    (
        "Rs 20,000 crore",
        "Rs 20,000 crore",
        2e11,
        None,
        "INR",
        None,
    ),
    (
        "a Rs 1 thousand crore fund",
        "Rs 1 thousand crore",
        1e10,
        None,
        "INR",
        None,
    ),
    ("only ₹500", "₹500", 500.0, None, "INR", None),
    ("only ₹ 500", "₹ 500", 500.0, None, "INR", None),
    (
        "INR 2,000 crore",
        "INR 2,000 crore",
        2e10,
        None,
        "INR",
        None,
    ),
    ("Rs 50 lakh", "Rs 50 lakh", 5e6, None, "INR", None),
    ("Rs 50 lakhs", "Rs 50 lakhs", 5e6, None, "INR", None),
    ("Rs 50 lac", "Rs 50 lac", 5e6, None, "INR", None),
    ("Rs 2 cr", "Rs 2 cr", 2e7, None, "INR", None),
    ("Rs 2cr", "Rs 2cr", 2e7, None, "INR", None),
    ("Rs 100 crore", "Rs 100 crore", 1e9, None, "INR", None),
    ("Rs. 100 Crores", "Rs. 100 Crores", 1e9, None, "INR", None),
    ("Rs.580 crore", "Rs.580 crore", 5.8e9, None, "INR", None),
    ("RS 500 fine", "RS 500", 500.0, None, "INR", None),
    ("Re 1 coin", "Re 1", 1.0, None, "INR", None),
    ("Rs 5,000 each", "Rs 5,000", 5000.0, None, "INR", None),
    ("Rs. 1.5 lakh", "Rs. 1.5 lakh", 1.5e5, None, "INR", None),
    (
        "Rs 10-15 crore",
        "Rs 10-15 crore",
        1e8,
        Some(1.5e8),
        "INR",
        None,
    ),
    (
        "Rs 10 crore-Rs 15 crore",
        "Rs 10 crore-Rs 15 crore",
        1e8,
        Some(1.5e8),
        "INR",
        None,
    ),
    ("1 lakh rupees", "1 lakh rupees", 1e5, None, "INR", None),
    (
        "50,000 Indian rupees",
        "50,000 Indian rupees",
        5e4,
        None,
        "INR",
        None,
    ),
    (
        "5,000 Pakistani rupees",
        "5,000 Pakistani rupees",
        5e3,
        None,
        "PKR",
        None,
    ),
    (
        "5,000 Sri Lankan rupees",
        "5,000 Sri Lankan rupees",
        5e3,
        None,
        "LKR",
        None,
    ),
    // Symbols and codes.
    ("US$5 billion", "US$5 billion", 5e9, None, "USD", None),
    ("(US$5 billion)", "US$5 billion", 5e9, None, "USD", None),
    ("A$10 million", "A$10 million", 1e7, None, "AUD", None),
    ("C$3.5 billion", "C$3.5 billion", 3.5e9, None, "CAD", None),
    ("HK$100 a night", "HK$100", 100.0, None, "HKD", None),
    ("NZ$2m grant", "NZ$2m", 2e6, None, "NZD", None),
    ("S$50 million", "S$50 million", 5e7, None, "SGD", None),
    ("NT$3 billion", "NT$3 billion", 3e9, None, "TWD", None),
    ("R$10 million", "R$10 million", 1e7, None, "BRL", None),
    ("€20 million", "€20 million", 2e7, None, "EUR", None),
    ("EUR 500 fine", "EUR 500", 500.0, None, "EUR", None),
    ("EUR500", "EUR500", 500.0, None, "EUR", None),
    ("£300,000", "£300,000", 3e5, None, "GBP", None),
    ("GBP 1.2bn", "GBP 1.2bn", 1.2e9, None, "GBP", None),
    ("¥500 billion", "¥500 billion", 5e11, None, "JPY", None),
    ("¥5 billion yuan", "¥5 billion yuan", 5e9, None, "CNY", None),
    ("RMB 10 billion", "RMB 10 billion", 1e10, None, "CNY", None),
    (
        "CNY 3.2 billion",
        "CNY 3.2 billion",
        3.2e9,
        None,
        "CNY",
        None,
    ),
    ("USD 5 million", "USD 5 million", 5e6, None, "USD", None),
    ("USD5m", "USD5m", 5e6, None, "USD", None),
    ("₩1 trillion", "₩1 trillion", 1e12, None, "KRW", None),
    ("₽5 billion", "₽5 billion", 5e9, None, "RUB", None),
    ("RM5 million", "RM5 million", 5e6, None, "MYR", None),
    ("Rp 5 billion", "Rp 5 billion", 5e9, None, "IDR", None),
    ("CHF 10 million", "CHF 10 million", 1e7, None, "CHF", None),
    ("₺100", "₺100", 100.0, None, "TRY", None),
    ("₦50,000", "₦50,000", 5e4, None, "NGN", None),
    ("₱1,000", "₱1,000", 1e3, None, "PHP", None),
    ("$ 5 million", "$ 5 million", 5e6, None, "USD", None),
    // Suffix codes and names.
    ("5 million USD", "5 million USD", 5e6, None, "USD", None),
    ("$5 million USD", "$5 million USD", 5e6, None, "USD", None),
    ("20,000 EUR", "20,000 EUR", 2e4, None, "EUR", None),
    ("100 INR", "100 INR", 100.0, None, "INR", None),
    (
        "20 million euros",
        "20 million euros",
        2e7,
        None,
        "EUR",
        None,
    ),
    ("1 million euros", "1 million euros", 1e6, None, "EUR", None),
    (
        "10 million pounds",
        "10 million pounds",
        1e7,
        None,
        "GBP",
        None,
    ),
    (
        "10 million pounds sterling",
        "10 million pounds sterling",
        1e7,
        None,
        "GBP",
        None,
    ),
    (
        "500 billion yen",
        "500 billion yen",
        5e11,
        None,
        "JPY",
        None,
    ),
    ("10,000 yen", "10,000 yen", 1e4, None, "JPY", None),
    (
        "10 billion yuan",
        "10 billion yuan",
        1e10,
        None,
        "CNY",
        None,
    ),
    (
        "50 million Australian dollars",
        "50 million Australian dollars",
        5e7,
        None,
        "AUD",
        None,
    ),
    (
        "10 Canadian dollars",
        "10 Canadian dollars",
        10.0,
        None,
        "CAD",
        None,
    ),
    (
        "100 Hong Kong dollars",
        "100 Hong Kong dollars",
        100.0,
        None,
        "HKD",
        None,
    ),
    ("100 US dollars", "100 US dollars", 100.0, None, "USD", None),
    (
        "100 U.S. dollars",
        "100 U.S. dollars",
        100.0,
        None,
        "USD",
        None,
    ),
    (
        "5 million Swiss francs",
        "5 million Swiss francs",
        5e6,
        None,
        "CHF",
        None,
    ),
    (
        "3 billion roubles",
        "3 billion roubles",
        3e9,
        None,
        "RUB",
        None,
    ),
    (
        "3 billion rubles",
        "3 billion rubles",
        3e9,
        None,
        "RUB",
        None,
    ),
    (
        "10 million reais",
        "10 million reais",
        1e7,
        None,
        "BRL",
        None,
    ),
    ("2 million rand", "2 million rand", 2e6, None, "ZAR", None),
    (
        "5 million riyals",
        "5 million riyals",
        5e6,
        None,
        "SAR",
        None,
    ),
    (
        "1 million dirhams",
        "1 million dirhams",
        1e6,
        None,
        "AED",
        None,
    ),
    (
        "100 million naira",
        "100 million naira",
        1e8,
        None,
        "NGN",
        None,
    ),
    ("500 dollars", "500 dollars", 500.0, None, "USD", None),
    ("1 dollar", "1 dollar", 1.0, None, "USD", None),
    ("5 billion won", "5 billion won", 5e9, None, "KRW", None),
    // Reuters style.
    (
        "profit of 15 mln dlrs",
        "15 mln dlrs",
        1.5e7,
        None,
        "USD",
        None,
    ),
    (
        "1.5 billion dlrs",
        "1.5 billion dlrs",
        1.5e9,
        None,
        "USD",
        None,
    ),
    (
        "loss of 15 mln\ndlrs",
        "15 mln\ndlrs",
        1.5e7,
        None,
        "USD",
        None,
    ),
    ("5 mln stg", "5 mln stg", 5e6, None, "GBP", None),
    ("250 mln yen", "250 mln yen", 2.5e8, None, "JPY", None),
    ("dividend of 20 cts", "20 cts", 0.2, None, "USD", None),
    ("50 cents a share", "50 cents", 0.5, None, "USD", None),
    ("4.5 bln dlrs", "4.5 bln dlrs", 4.5e9, None, "USD", None),
    ("300 mln marks", "300 mln marks", 3e8, None, "DEM", None),
    // Magnitude forms and case.
    ("$5k", "$5k", 5e3, None, "USD", None),
    ("$5K", "$5K", 5e3, None, "USD", None),
    ("$5m", "$5m", 5e6, None, "USD", None),
    ("$5M", "$5M", 5e6, None, "USD", None),
    ("$5mn", "$5mn", 5e6, None, "USD", None),
    ("$5 mn", "$5 mn", 5e6, None, "USD", None),
    ("$2bn", "$2bn", 2e9, None, "USD", None),
    ("$2 bn", "$2 bn", 2e9, None, "USD", None),
    ("$2B", "$2B", 2e9, None, "USD", None),
    ("$1.2tn", "$1.2tn", 1.2e12, None, "USD", None),
    ("$1.2 trillion", "$1.2 trillion", 1.2e12, None, "USD", None),
    ("$3 thousand", "$3 thousand", 3e3, None, "USD", None),
    ("$76 MILLION", "$76 MILLION", 76e6, None, "USD", None),
    ("$1.1-Million", "$1.1-Million", 1.1e6, None, "USD", None),
    ("$0.5 million", "$0.5 million", 5e5, None, "USD", None),
    ("$1,234.56", "$1,234.56", 1234.56, None, "USD", None),
    ("$9.99 a month", "$9.99", 9.99, None, "USD", None),
    ("$100.", "$100", 100.0, None, "USD", None),
    (
        "a $5 billion-plus deal",
        "$5 billion",
        5e9,
        None,
        "USD",
        None,
    ),
    // Ranges.
    (
        "$5 million-$6 million",
        "$5 million-$6 million",
        5e6,
        Some(6e6),
        "USD",
        None,
    ),
    ("$5m-$6m", "$5m-$6m", 5e6, Some(6e6), "USD", None),
    ("$5–6 million", "$5–6 million", 5e6, Some(6e6), "USD", None),
    (
        "$5 to $7 million",
        "$5 to $7 million",
        5e6,
        Some(7e6),
        "USD",
        None,
    ),
    (
        "$500 to $2 million",
        "$500 to $2 million",
        500.0,
        Some(2e6),
        "USD",
        None,
    ),
    ("€3-4bn", "€3-4bn", 3e9, Some(4e9), "EUR", None),
    ("$5bn-$6bn", "$5bn-$6bn", 5e9, Some(6e9), "USD", None),
    (
        "5-6 million dollars",
        "5-6 million dollars",
        5e6,
        Some(6e6),
        "USD",
        None,
    ),
    // Qualifiers.
    (
        "about $5 million",
        "$5 million",
        5e6,
        None,
        "USD",
        Some("about"),
    ),
    (
        "roughly $5 million",
        "$5 million",
        5e6,
        None,
        "USD",
        Some("roughly"),
    ),
    (
        "nearly $5 million",
        "$5 million",
        5e6,
        None,
        "USD",
        Some("nearly"),
    ),
    (
        "some $5 million",
        "$5 million",
        5e6,
        None,
        "USD",
        Some("some"),
    ),
    (
        "more than $5 million",
        "$5 million",
        5e6,
        None,
        "USD",
        Some("more than"),
    ),
    (
        "over $5 million",
        "$5 million",
        5e6,
        None,
        "USD",
        Some("over"),
    ),
    (
        "up to $5 million",
        "$5 million",
        5e6,
        None,
        "USD",
        Some("up to"),
    ),
    (
        "Up to $5 million",
        "$5 million",
        5e6,
        None,
        "USD",
        Some("up to"),
    ),
    (
        "almost $5 million",
        "$5 million",
        5e6,
        None,
        "USD",
        Some("almost"),
    ),
    (
        "approximately $5 million",
        "$5 million",
        5e6,
        None,
        "USD",
        Some("approximately"),
    ),
    (
        "at least $5 million",
        "$5 million",
        5e6,
        None,
        "USD",
        Some("at least"),
    ),
    (
        "less than $5 million",
        "$5 million",
        5e6,
        None,
        "USD",
        Some("less than"),
    ),
    (
        "under $5 million",
        "$5 million",
        5e6,
        None,
        "USD",
        Some("under"),
    ),
    (
        "close to $5 million",
        "$5 million",
        5e6,
        None,
        "USD",
        Some("close to"),
    ),
    (
        "an estimated $5 million",
        "$5 million",
        5e6,
        None,
        "USD",
        Some("an estimated"),
    ),
    (
        "as much as $5 million",
        "$5 million",
        5e6,
        None,
        "USD",
        Some("as much as"),
    ),
    (
        "in excess of $5 million",
        "$5 million",
        5e6,
        None,
        "USD",
        Some("in excess of"),
    ),
    (
        "around Rs 500 crore",
        "Rs 500 crore",
        5e9,
        None,
        "INR",
        Some("around"),
    ),
    (
        "nearly 500 rupees",
        "500 rupees",
        500.0,
        None,
        "INR",
        Some("nearly"),
    ),
    (
        "over five million dollars",
        "five million dollars",
        5e6,
        None,
        "USD",
        Some("over"),
    ),
    // Punctuation around.
    ("“$5 million”", "$5 million", 5e6, None, "USD", None),
    (
        "cost: $5 million, said",
        "$5 million",
        5e6,
        None,
        "USD",
        None,
    ),
    ("($5 million)", "$5 million", 5e6, None, "USD", None),
];

/// Inputs with no MONEY mention.
const NOT_MONEY: &[&str] = &[
    "rooms of up to 5,000 people",
    "Samsung Galaxy F62 With 7,000mAh Battery",
    "100W Dome Subwoofer",
    "5 million people",
    "2 million users signed up",
    "M&A deals rose 5%",
    "the $ sign",
    "Rs Sharma said",
    "Call 9876543210 now",
    "in 2021",
    "the 5G network",
    "iPhone 13 Pro",
    "he lost 20 pounds of weight",
    "weighs 20 pounds",
    "scored 90 marks",
    "5 real problems",
    "AMD 5000 series",
    "PHP 8 release",
    "ALL 3 players",
    "5 lakh people",
    "2 crore doses",
    "billions of dollars",
    "the 1980s",
    "10 km away",
    "Route R5",
    "S21 Ultra",
    "Realme X7 Pro",
    "version 1.2.3",
    "at 12:30 pm",
    "+91 98765 43210",
    "4.5 out of 5",
    "half a dozen",
    "ten people",
    "the dollar fell",
    "1.5 mln bags",
    "a million people",
    "a 5 per cent rise",
    "USB 3.0",
    "costs$5",
    "between $5 and",
    "NASA5 million",
];

fn money_in(text: &str, span: &str) -> Option<crate::model::Money> {
    find_numeric(text)
        .into_iter()
        .find(|m| m.label == Label::Money && &text[m.start..m.end] == span)
        .and_then(|m| m.money)
}

#[test]
fn money_cases() {
    assert!(MONEY.len() + NOT_MONEY.len() >= 150);
    let mut failures = Vec::new();
    for &(text, span, amount, amount_max, currency, qualifier) in MONEY {
        let got = money_in(text, span);
        let ok = got.as_ref().is_some_and(|m| {
            (m.amount - amount).abs() < 1e-6 * amount.abs().max(1.0)
                && match (m.amount_max, amount_max) {
                    (Some(a), Some(b)) => (a - b).abs() < 1e-6 * b.abs(),
                    (None, None) => true,
                    _ => false,
                }
                && m.currency == currency
                && m.qualifier.as_deref() == qualifier
                && m.approx == (qualifier.is_some() && qualifier != Some("between"))
        });
        if !ok {
            let all: Vec<_> = find_numeric(text)
                .into_iter()
                .map(|m| (text[m.start..m.end].to_string(), m.label, m.money))
                .collect();
            failures.push(format!(
                "{text:?} want {span:?} {amount} {currency}: got {all:?}"
            ));
        }
    }
    for &text in NOT_MONEY {
        let got: Vec<_> = find_numeric(text)
            .into_iter()
            .filter(|m| m.label == Label::Money)
            .map(|m| text[m.start..m.end].to_string())
            .collect();
        if !got.is_empty() {
            failures.push(format!("{text:?} want no money: got {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// (input, label, span, value); `None` span: nothing of that label.
type ValueCase = (
    &'static str,
    Label,
    Option<&'static str>,
    Option<&'static str>,
);

const VALUES: &[ValueCase] = &[
    // A mixed fraction is one number; a slash date or "24/7" is none.
    (
        "rates rose 5-3/4 pct on Monday",
        Label::Percent,
        Some("5-3/4 pct"),
        Some("5.75"),
    ),
    // Not a wire denominator: no mixed fraction, and no number after the slash either.
    ("the 3-4/5 pct figure", Label::Percent, None, None),
    // PERCENT
    (
        "shares fell 76% on Monday",
        Label::Percent,
        Some("76%"),
        Some("76"),
    ),
    (
        "growth of 1.7 per cent",
        Label::Percent,
        Some("1.7 per cent"),
        Some("1.7"),
    ),
    (
        "up 10 percent",
        Label::Percent,
        Some("10 percent"),
        Some("10"),
    ),
    (
        "rose 0.5 percentage points",
        Label::Percent,
        Some("0.5 percentage points"),
        Some("0.5"),
    ),
    ("a 5-6% rise", Label::Percent, Some("5-6%"), Some("5-6")),
    (
        "a 5 to 6 per cent rise",
        Label::Percent,
        Some("5 to 6 per cent"),
        Some("5-6"),
    ),
    (
        "changed -0.5% today",
        Label::Percent,
        Some("-0.5%"),
        Some("-0.5"),
    ),
    ("up 5 pct", Label::Percent, Some("5 pct"), Some("5")),
    ("up 12pc", Label::Percent, Some("12pc"), Some("12")),
    ("up 5 % today", Label::Percent, Some("5 %"), Some("5")),
    (
        "five percent of voters",
        Label::Percent,
        Some("five percent"),
        Some("5"),
    ),
    (
        "twenty-five per cent",
        Label::Percent,
        Some("twenty-five per cent"),
        Some("25"),
    ),
    (
        "a 1,000% gain",
        Label::Percent,
        Some("1,000%"),
        Some("1000"),
    ),
    ("5 per-cent", Label::Percent, Some("5 per-cent"), Some("5")),
    ("F62% odd", Label::Percent, None, None),
    ("the percent sign", Label::Percent, None, None),
    ("5 percentile", Label::Percent, None, None),
    ("5 per day", Label::Percent, None, None),
    ("a % b", Label::Percent, None, None),
    // DATE
    (
        "on 16 February 2021 the",
        Label::Date,
        Some("16 February 2021"),
        Some("2021-02-16"),
    ),
    (
        "on February 16, 2021 the",
        Label::Date,
        Some("February 16, 2021"),
        Some("2021-02-16"),
    ),
    (
        "on February 16 2021",
        Label::Date,
        Some("February 16 2021"),
        Some("2021-02-16"),
    ),
    (
        "on Feb. 16 it",
        Label::Date,
        Some("Feb. 16"),
        Some("--02-16"),
    ),
    ("on Feb 16 it", Label::Date, Some("Feb 16"), Some("--02-16")),
    (
        "SALVADOR, Feb 26 -",
        Label::Date,
        Some("Feb 26"),
        Some("--02-26"),
    ),
    (
        "dated 2021-02-16.",
        Label::Date,
        Some("2021-02-16"),
        Some("2021-02-16"),
    ),
    ("said on Monday that", Label::Date, Some("Monday"), None),
    ("in 2021, sales", Label::Date, Some("2021"), Some("2021")),
    ("since 1987 the", Label::Date, Some("1987"), Some("1987")),
    (
        "in February 2021",
        Label::Date,
        Some("February 2021"),
        Some("2021-02"),
    ),
    (
        "on the 16th February",
        Label::Date,
        Some("16th February"),
        Some("--02-16"),
    ),
    (
        "the 16th of February 2021",
        Label::Date,
        Some("16th of February 2021"),
        Some("2021-02-16"),
    ),
    (
        "Sept. 11, 2001",
        Label::Date,
        Some("Sept. 11, 2001"),
        Some("2001-09-11"),
    ),
    (
        "on 26/02/2021",
        Label::Date,
        Some("26/02/2021"),
        Some("2021-02-26"),
    ),
    (
        "on 02/26/2021",
        Label::Date,
        Some("02/26/2021"),
        Some("2021-02-26"),
    ),
    ("on 03/04/2021", Label::Date, Some("03/04/2021"), None),
    (
        "March 3, 2020",
        Label::Date,
        Some("March 3, 2020"),
        Some("2020-03-03"),
    ),
    ("on 1 May", Label::Date, Some("1 May"), Some("--05-01")),
    ("you may 5 times", Label::Date, None, None),
    ("May 45 people", Label::Date, None, None),
    ("in 2000 cases", Label::Date, None, None),
    ("the 2021 season", Label::Date, None, None),
    ("2021 was hard", Label::Date, None, None),
    ("every monday", Label::Date, None, None),
    ("Mondays are", Label::Date, None, None),
    ("2021-13-45", Label::Date, None, None),
    ("Galaxy S21", Label::Date, None, None),
    ("February 30", Label::Date, None, None),
    // AGE
    (
        "the 49-year-old SpaceX and Tesla CEO",
        Label::Age,
        Some("49-year-old"),
        Some("49"),
    ),
    ("a man aged 49 was", Label::Age, Some("aged 49"), Some("49")),
    ("at age 49 he", Label::Age, Some("age 49"), Some("49")),
    (
        "at the age of 49 he",
        Label::Age,
        Some("age of 49"),
        Some("49"),
    ),
    (
        "a 5 year old boy",
        Label::Age,
        Some("5 year old"),
        Some("5"),
    ),
    (
        "he is 49 years old",
        Label::Age,
        Some("49 years old"),
        Some("49"),
    ),
    (
        "a 49-years-old man",
        Label::Age,
        Some("49-years-old"),
        Some("49"),
    ),
    (
        "a five-year-old girl",
        Label::Age,
        Some("five-year-old"),
        Some("5"),
    ),
    (
        "a twenty-five-year-old",
        Label::Age,
        Some("twenty-five-year-old"),
        Some("25"),
    ),
    ("a 200-year-old tradition", Label::Age, None, None),
    ("a 5-year plan", Label::Age, None, None),
    ("Musk, 49, said", Label::Age, None, None),
    ("a 3.5-year-old", Label::Age, None, None),
    ("the age of consent", Label::Age, None, None),
];

#[test]
fn value_cases() {
    let mut failures = Vec::new();
    for &(text, label, span, value) in VALUES {
        let found: Vec<_> = find_numeric(text)
            .into_iter()
            .filter(|m| m.label == label)
            .collect();
        let got: Vec<_> = found
            .iter()
            .map(|m| (&text[m.start..m.end], m.value.as_deref()))
            .collect();
        let want: Vec<_> = span.map(|s| (s, value)).into_iter().collect();
        if got != want {
            failures.push(format!("{text:?} {label}: want {want:?} got {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn soyuz_sentence_in_full() {
    let found = find_numeric(SOYUZ);
    let spans: Vec<_> = found.iter().map(|m| &SOYUZ[m.start..m.end]).collect();
    assert_eq!(spans, ["$80 million", "Rs. 580 crores"]);
}

#[test]
fn mentions_are_sorted_and_disjoint_on_mixed_text() {
    let text =
        "On Feb. 16, 2021, the 49-year-old paid $5-6 million (up 10%) for 5,000 shares in 2021.";
    let found = find_numeric(text);
    assert!(found.windows(2).all(|w| w[0].end <= w[1].start));
    let labels: Vec<_> = found.iter().map(|m| m.label).collect();
    assert_eq!(
        labels,
        [
            Label::Date,
            Label::Age,
            Label::Money,
            Label::Percent,
            Label::Date
        ]
    );
}

#[test]
fn currency_table_loader_filters_ambiguous_forms() {
    use super::currency::Currencies;
    let tsv = "name\tcanonical\tlabel\tsubtype\tid\tsource\n\
               R\tZAR\tCURRENCY\tsymbol\tZAR\tx\n\
               KSh\tKES\tCURRENCY\tsymbol\tKES\tx\n\
               zł\tPLN\tCURRENCY\tsymbol\tPLN\tx\n\
               AMD\tAMD\tCURRENCY\tcode\tAMD\tx\n\
               ARS\tARS\tCURRENCY\tcode\tARS\tx\n\
               Argentine peso\tARS\tCURRENCY\tname\tARS\tx\n\
               gold\tZWG\tCURRENCY\tname\tZWG\tx\n\
               broken line\n";
    let c: &'static Currencies = Box::leak(Box::new(Currencies::build(tsv)));
    assert_eq!(c.prefix_entry("R"), None, "letter-only symbols are words");
    assert_eq!(c.prefix_entry("KSh"), None);
    assert_eq!(c.prefix_entry("zł"), None);
    assert_eq!(c.prefix_entry("AMD"), None, "stoplisted code");
    assert_eq!(c.prefix_entry("ARS").map(|e| e.1), Some("ARS"));
    assert_eq!(
        c.prefix_entry("$").map(|e| e.1),
        Some("USD"),
        "built-in forms always present"
    );
    let text = "5 Argentine pesos";
    let s = c.suffix_at(text, 2).map(|s| (s.code, s.weak, s.end));
    assert_eq!(s, Some(("ARS", false, text.len())));
    assert!(
        c.suffix_at("5 gold", 2).is_some_and(|s| s.weak),
        "single ISO words are weak"
    );
    assert!(c.suffix_at("5 goldfish", 2).is_none());
}

/// Forms that come from gazetteers/currencies.tsv (skipped while it is only a header).
#[test]
fn money_from_gazetteer_forms() {
    let rows = include_str!("../../../gazetteers/currencies.tsv")
        .lines()
        .count();
    if rows < 10 {
        eprintln!("gazetteers/currencies.tsv has no rows yet: skipping gazetteer money cases");
        return;
    }
    let cases: &[(&str, &str, f64, &str)] = &[
        (
            "lost 10 million Argentine pesos",
            "10 million Argentine pesos",
            1e7,
            "ARS",
        ),
        ("₴100 fine", "₴100", 100.0, "UAH"),
        (
            "5 billion Nigerian naira",
            "5 billion Nigerian naira",
            5e9,
            "NGN",
        ),
        ("ARS 500 million", "ARS 500 million", 5e8, "ARS"),
        ("EG£50 million", "EG£50 million", 5e7, "EGP"),
    ];
    for &(text, span, amount, currency) in cases {
        let m = money_in(text, span);
        assert!(
            m.as_ref()
                .is_some_and(|m| m.amount == amount && m.currency == currency),
            "{text:?}: got {m:?}"
        );
    }
}

/// The eight-byte digit scan finds what a byte-by-byte scan finds, from every start, with
/// digits at every offset of a chunk and bytes around '0'..'9' (`/`, `:`, non-ASCII).
#[test]
fn next_digit_equals_bytewise_scan() {
    let naive = |t: &[u8], from: usize| {
        t.get(from..)?
            .iter()
            .position(u8::is_ascii_digit)
            .map(|k| from + k)
    };
    let mut texts: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"no digits here at all, none".to_vec(),
        b"/:/:/:/:/:/:/:/:/:/:".to_vec(),
        "é–£€ãÿ«»".as_bytes().to_vec(),
        b"a 5 b".to_vec(),
        b"price 9".to_vec(),
        b"0".to_vec(),
    ];
    for pos in 0..20 {
        for d in [b'0', b'5', b'9'] {
            let mut t = b"abcdefghij/:klmnopqrstu".to_vec();
            t[pos] = d;
            texts.push(t);
        }
    }
    // Every byte value alone in a run of letters: only '0'..='9' are found.
    for b in 0..=255u8 {
        let mut t = b"xxxxxxxxxxxxxxxxx".to_vec();
        t[9] = b;
        texts.push(t);
    }
    for t in &texts {
        for from in 0..=t.len() + 1 {
            assert_eq!(
                super::next_digit(t, from),
                naive(t, from),
                "{:?} from {from}",
                String::from_utf8_lossy(t)
            );
        }
    }
}
