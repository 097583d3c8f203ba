"""Hand-written annotation specs for corpus/: which surfaces are which entities, per article.

Read by make_gold.py, which finds the offsets. Formats:
  ents:  `LABEL surface [= canonical] [@ label per occurrence, '-' = not an entity there]`
  money: `surface | amount CURRENCY [~ approx] [max=upper bound] [@ ~ or = per occurrence]`
  ignore: one surface per line (every occurrence is ignored and blocks entity matches inside it)
  rels:  relation dicts in the GUIDELINE.md format (canonical names; MONEY objects by surface)
"""

# Page furniture shared by the scraped-page articles.
SHARE = """
APP Facebook
APP Snapchat
APP Reddit
APP Apple Podcasts
APP Google Podcasts
APP Twitter
APP Google News
APP YouTube
APP App Store
ORG Red Pixels Ventures Limited
"""

SPECS = {}

SPECS["2022-03-03-sebi-penalty-kavach-fintech"] = {
    "ents": SHARE + """
ORG Sebi = Securities and Exchange Board of India
ORG Securities and Exchange Board of India
ORG Kavach Fintech Pvt Ltd
ORG Kavach Fintech = Kavach Fintech Pvt Ltd
ORG Kavach = Kavach Fintech Pvt Ltd
ORG Press Trust of India
ORG PTI = Press Trust of India
PERSON Rakesh Menon
PERSON Sunita Menon
PERSON Menon = Rakesh Menon
PERSON Prakash Rao G.
LOCATION Pune
ORG Deloitte Haskins & Sells LLP
ORG Securities Appellate Tribunal
LOCATION Mumbai
ORG Reserve Bank of India
ORG BSE
PRODUCT iPhone SE 2022
ORG LIC
ORG Tata Motors
ORG Paytm
ORG HDFC Bank
ORG Adani Green Energy
APP UMANG
ORG Infosys
""",
    "money": """
Rs 2.5 Crore | 25000000 INR
Rs 2.5 crore | 25000000 INR
Rs 310 crore | 3100000000 INR
Rs 190 crore | 1900000000 INR ~
Rs 25 lakh | 2500000 INR
Rs. 112.35 | 112.35 INR
Rs 60,000 Crore | 600000000000 INR
$2.5 Billion | 2500000000 USD
EUR 110 Million | 110000000 EUR
""",
    "ignore": """
Orbital
23 Paise
US Dollar
""",
    "rels": [
        {"subject": "Prakash Rao G.", "predicate": "role", "role": "whole-time member",
         "object": "Securities and Exchange Board of India"},
        {"subject": "Rakesh Menon", "predicate": "role", "role": "managing director",
         "object": "Kavach Fintech Pvt Ltd"},
        {"subject": "Rakesh Menon", "predicate": "age", "object": "58"},
        {"subject": "Sunita Menon", "predicate": "role", "role": "director", "object": "Kavach Fintech Pvt Ltd"},
        {"subject": "Kavach Fintech Pvt Ltd", "predicate": "pays", "object": "Rs 2.5 crore",
         "to": "Securities and Exchange Board of India", "for": "penalty"},
        {"subject": "Rakesh Menon", "predicate": "pays", "object": "Rs 25 lakh", "for": "penalty"},
        {"subject": "Sunita Menon", "predicate": "pays", "object": "Rs 25 lakh", "for": "penalty"},
        {"subject": "Prakash Rao G.", "predicate": "said",
         "object": "the Pune-based non-bank lender had understated bad loans by nearly Rs 190 crore when it raised Rs 310 crore through a rights issue in 2020"},
        {"subject": "Rakesh Menon", "predicate": "said",
         "object": "the company would appeal before the Securities Appellate Tribunal in Mumbai"},
        {"subject": "Rakesh Menon", "predicate": "said",
         "object": "We have always followed the rules laid down by the Reserve Bank of India and will contest the order"},
    ],
}

SPECS["2023-09-15-iphone-15-pro-india-preorder"] = {
    "ents": SHARE + """
PRODUCT iPhone 15 Pro Max
PRODUCT iPhone 15 Pro
PRODUCT iPhone 15
PRODUCT A17 Pro
APP iOS 17
ORG Apple
APP Apple Store
LOCATION India
PERSON Aditi Sharma
APP Flipkart
APP Amazon
ORG HDFC Bank
LOCATION Cupertino
LOCATION California
LOCATION U.S.
LOCATION BKC
LOCATION Mumbai
LOCATION Saket
LOCATION New Delhi
PERSON Tim Cook
ORG Counterpoint Research
PERSON Tarun Pathak
PRODUCT Galaxy S23 Ultra
ORG Gadgets 360
PRODUCT Redmi Note 13 Pro+
PRODUCT OnePlus Open
PRODUCT Google Pixel 8 Pro
PRODUCT Samsung Galaxy S23 FE
APP WhatsApp
ORG Microsoft
ORG FTC
PRODUCT Xbox
PRODUCT Vivo T2 Pro 5G
""",
    "money": """
Rs. 1,34,900 | 134900 INR
Rs. 1,59,900 | 159900 INR
Rs. 79,900 | 79900 INR
$999 | 999 USD
Rs. 83,000 | 83000 INR ~
Rs. 6,000 | 6000 INR
Rs. 67,800 | 67800 INR ~
Rs. 1,39,999 | 139999 INR
$20 Million | 20000000 USD
""",
    "ignore": """
Orbital
Jio AirFiber
""",
    "rels": [
        {"subject": "Tim Cook", "predicate": "role", "role": "CEO", "object": "Apple"},
        {"subject": "Tarun Pathak", "predicate": "role", "role": "analyst", "object": "Counterpoint Research"},
        {"subject": "Tim Cook", "predicate": "said", "object": "India is an incredibly exciting market for us"},
        {"subject": "Tarun Pathak", "predicate": "said",
         "object": "Apple could sell about 1.5 million units of the new series in India this year"},
        {"subject": "Apple", "predicate": "said",
         "object": "an exchange offer on older phones is worth up to Rs. 67,800"},
        {"subject": "Microsoft", "predicate": "pays", "object": "$20 Million", "to": "FTC",
         "for": "to settle FTC charges over Xbox data"},
    ],
}

SPECS["2023-02-02-galaxy-s23-ultra-india-launch"] = {
    "ents": SHARE + """
PRODUCT Samsung Galaxy S23 Ultra
PRODUCT Galaxy S23 Ultra
PRODUCT Galaxy S23+
PRODUCT Galaxy S23
PRODUCT Samsung Galaxy S23
PRODUCT Galaxy Watch 5
PRODUCT iPhone 14 Pro Max
ORG Samsung Electronics
ORG Samsung India
ORG Samsung = Samsung Electronics
APP Samsung Shop
LOCATION India
LOCATION Noida
LOCATION Uttar Pradesh
LOCATION San Francisco
PERSON Karan Mehta
PERSON Raghav Bhatia
ORG Apple
ORG IDC
APP Amazon
APP One UI 5.1
APP Android 13
ORG Gadgets 360
PRODUCT Realme 10 Pro Coca-Cola Edition
PRODUCT OnePlus 11 5G
PRODUCT Vivo X90 Pro
ORG BIS
ORG Netflix
APP mAadhaar
""",
    "money": """
Rs. 1,24,999 | 124999 INR
Rs. 1,34,999 | 134999 INR
Rs. 74,999 | 74999 INR
Rs. 4,999 | 4999 INR
Rs. 8,000 | 8000 INR ~
Rs 4,825 crore | 48250000000 INR ~
₹30,000 | 30000 INR ~
$117.2 Billion | 117200000000 USD
""",
    "ignore": """
Orbital
Samsung.com
Galaxy Unpacked
Aadhaar
""",
    "rels": [
        {"subject": "Raghav Bhatia", "predicate": "role", "role": "senior vice-president", "object": "Samsung India"},
        {"subject": "Raghav Bhatia", "predicate": "said",
         "object": "Every Galaxy S23 phone sold in India will be made in India"},
        {"subject": "Raghav Bhatia", "predicate": "said",
         "object": "the company had invested about Rs 4,825 crore to expand its Noida facility since 2018"},
        {"subject": "Samsung Electronics", "predicate": "pays", "object": "Rs 4,825 crore",
         "for": "to expand its Noida facility"},
    ],
}

SPECS["2022-11-08-whatsapp-pay-cashback-india"] = {
    "ents": SHARE + """
APP WhatsApp Pay
APP WhatsApp @ ORG APP ORG APP ORG ORG APP APP APP
ORG WhatsApp India
APP Google Pay
APP PhonePe
ORG Meta Platforms
ORG Meta = Meta Platforms
LOCATION India
ORG National Payments Corporation of India
ORG NPCI = National Payments Corporation of India
APP Unified Payments Interface
APP UPI = Unified Payments Interface
APP Paytm
PERSON Abhijit Bose
ORG Reuters
APP Telegram
APP Twitter Blue
APP iOS
PERSON Elon Musk
LOCATION Pune
ORG Amazon
ORG Gadgets 360
""",
    "money": """
Rs. 33 | 33 INR @ = = ~ = =
Rs. 11 | 11 INR
Rs. 1 | 1 INR
₹12.11 lakh crore | 12110000000000 INR
$7.99 | 7.99 USD
""",
    "ignore": """
Orbital
Jio True 5G
""",
    "rels": [
        {"subject": "Abhijit Bose", "predicate": "role", "role": "head", "object": "WhatsApp India"},
        {"subject": "Abhijit Bose", "predicate": "said", "object": "Payments are a natural extension of a conversation"},
        {"subject": "WhatsApp", "predicate": "said", "object": "the offer was open to payments of as little as Rs. 1"},
    ],
}

SPECS["2023-02-01-budget-capex-boost"] = {
    "ents": """
PERSON Nirmala Sitharaman
PERSON Sitharaman = Nirmala Sitharaman
LOCATION India
ORG Parliament
ORG Indian Railways
PERSON Mallikarjun Kharge
LOCATION Punjab
LOCATION Maharashtra
ORG ICICI Securities Ltd.
""",
    "money": """
Rs 10 Lakh Crore | 10000000000000 INR
Rs 10 lakh crore | 10000000000000 INR
₹7 lakh | 700000 INR ~
₹5 lakh | 500000 INR
₹7-9 lakh | 700000 INR max=900000
₹15,000 | 15000 INR
₹25,000 | 25000 INR
Rs 2.40 lakh crore | 2400000000000 INR
Rs 15.43 lakh crore | 15430000000000 INR
""",
    "ignore": """
Budget 2023
Amrit Kaal
Sensex
""",
    "rels": [
        {"subject": "Nirmala Sitharaman", "predicate": "role", "role": "Finance Minister", "object": "India"},
        {"subject": "Nirmala Sitharaman", "predicate": "age", "object": "63"},
        {"subject": "Nirmala Sitharaman", "predicate": "said", "object": "This is the first budget in Amrit Kaal"},
        {"subject": "Nirmala Sitharaman", "predicate": "said",
         "object": "no income tax would be payable on incomes up to ₹7 lakh under the new tax regime, up from ₹5 lakh"},
        {"subject": "Mallikarjun Kharge", "predicate": "said", "object": "a collection of slogans"},
        {"subject": "ICICI Securities Ltd.", "predicate": "said", "object": "credible"},
    ],
}

SPECS["2023-04-21-reliance-retail-deal"] = {
    "ents": """
ORG Reliance Retail Ventures Limited
ORG Reliance Retail = Reliance Retail Ventures Limited
ORG Reliance Industries Ltd.
ORG Reliance = Reliance Industries Ltd.
ORG Annapoorna Fresh Pvt Ltd
ORG Annapoorna = Annapoorna Fresh Pvt Ltd
LOCATION Chennai
LOCATION India
LOCATION Southern India
LOCATION Tamil Nadu
LOCATION Karnataka
LOCATION Kerala
PERSON K. R. Subramaniam
PERSON Mukesh Ambani
PERSON Isha Ambani
ORG Competition Commission of India
ORG Jefferies
LOCATION Mumbai
LOCATION Saudi Arabia
ORG Public Investment Fund
""",
    "money": """
Rs 16,189 Crore | 161890000000 INR
Rs 16,189 crore | 161890000000 INR
$1.97 billion | 1970000000 USD
Rs 2,362.50 | 2362.5 INR
Rs. 47,265 crore | 472650000000 INR ~
""",
    "rels": [
        {"subject": "K. R. Subramaniam", "predicate": "role", "role": "founder", "object": "Annapoorna Fresh Pvt Ltd"},
        {"subject": "K. R. Subramaniam", "predicate": "role", "role": "chairman", "object": "Annapoorna Fresh Pvt Ltd"},
        {"subject": "K. R. Subramaniam", "predicate": "age", "object": "67"},
        {"subject": "Mukesh Ambani", "predicate": "role", "role": "chairman", "object": "Reliance Industries Ltd."},
        {"subject": "Isha Ambani", "predicate": "role", "role": "director", "object": "Reliance Retail Ventures Limited"},
        {"subject": "Reliance Retail Ventures Limited", "predicate": "pays", "object": "Rs 16,189 crore",
         "to": "Annapoorna Fresh Pvt Ltd", "for": "a 74% stake in Chennai-based supermarket chain Annapoorna Fresh Pvt Ltd"},
        {"subject": "Mukesh Ambani", "predicate": "said",
         "object": "Southern India is where we see the fastest growth in modern grocery"},
        {"subject": "Jefferies", "predicate": "said", "object": "steep but strategic"},
    ],
}

SPECS["2021-07-27-tesla-quarterly-profit"] = {
    "ents": """
ORG Tesla Inc.
ORG Tesla = Tesla Inc.
PRODUCT Model 3
PRODUCT Model Y
LOCATION China
LOCATION U.S.
PERSON Elon Musk
ORG SpaceX
LOCATION Berlin
LOCATION Austin
LOCATION Texas
PERSON Zachary Kirkhorn
""",
    "money": """
$1 Billion | 1000000000 USD
$1 billion | 1000000000 USD ~
$1.14 billion | 1140000000 USD
$104 million | 104000000 USD
$11.96 billion | 11960000000 USD
$5-6 million | 5000000 USD ~ max=6000000
$23 million | 23000000 USD
$670 | 670 USD
""",
    "rels": [
        {"subject": "Elon Musk", "predicate": "role", "role": "Chief Executive", "object": "Tesla Inc."},
        {"subject": "Elon Musk", "predicate": "age", "object": "50"},
        {"subject": "Zachary Kirkhorn", "predicate": "role", "role": "chief financial officer", "object": "Tesla Inc."},
        {"subject": "Tesla Inc.", "predicate": "pays", "object": "$5-6 million", "for": "bitcoin-related costs"},
        {"subject": "Elon Musk", "predicate": "said",
         "object": "the company's new factories in Berlin and Austin, Texas, were \"on track\" but that supply chains remained \"extremely difficult... we're not out of the woods yet.\""},
        {"subject": "Zachary Kirkhorn", "predicate": "said", "object": "It was a great quarter"},
    ],
}

SPECS["2022-06-09-ecb-rate-hike-plan"] = {
    "ents": """
ORG European Central Bank
ORG ECB = European Central Bank
PERSON Christine Lagarde
LOCATION Amsterdam
ORG Deutsche Bank
PERSON Klaas Knot
LOCATION Germany
""",
    "money": """
€20bn | 20000000000 EUR
€1.2bn | 1200000000 EUR
€30 billion | 30000000000 EUR
""",
    "ignore": "Euro zone",
    "rels": [
        {"subject": "Christine Lagarde", "predicate": "role", "role": "President", "object": "European Central Bank"},
        {"subject": "Christine Lagarde", "predicate": "said", "object": "We are moving step by step"},
        {"subject": "Christine Lagarde", "predicate": "said",
         "object": "the bank would lift its key rates by 0.25 percentage points next month"},
    ],
}

SPECS["2023-05-12-london-fintech-funding"] = {
    "ents": """
LOCATION London
ORG Ledgerly Ltd.
ORG Ledgerly = Ledgerly Ltd.
LOCATION U.S.
ORG Sequoia Capital
PERSON Hannah O'Neill
PERSON O'Neill = Hannah O'Neill
ORG Barclays
PERSON Tom Ashby
ORG Index Ventures
ORG Balderton Capital
LOCATION Britain
APP Xero
APP QuickBooks
LOCATION UK
LOCATION Ireland
LOCATION Dublin
ORG Innovate Finance
""",
    "money": """
£45m | 45000000 GBP
£400m | 400000000 GBP ~
£23bn | 23000000000 GBP ~
""",
    "rels": [
        {"subject": "Hannah O'Neill", "predicate": "role", "role": "chief executive", "object": "Ledgerly Ltd."},
        {"subject": "Hannah O'Neill", "predicate": "role", "role": "founder", "object": "Ledgerly Ltd."},
        {"subject": "Hannah O'Neill", "predicate": "age", "object": "38"},
        {"subject": "Tom Ashby", "predicate": "role", "role": "co-founder", "object": "Ledgerly Ltd."},
        {"subject": "Tom Ashby", "predicate": "role", "role": "banker", "object": "Barclays"},
        {"subject": "Sequoia Capital", "predicate": "pays", "object": "£45m", "to": "Ledgerly Ltd.",
         "for": "a funding round"},
        {"subject": "Hannah O'Neill", "predicate": "said",
         "object": "Small businesses in Britain are owed more than £23bn in late payments"},
        {"subject": "Hannah O'Neill", "predicate": "said", "object": "We want to bring that number down."},
        {"subject": "Hannah O'Neill", "predicate": "said", "object": "The round values the three-year-old company at about £400m"},
    ],
}

SPECS["2022-08-30-it-firms-campus-hiring"] = {
    "ents": """
ORG Infosys
ORG Tata Consultancy Services
ORG Wipro
PERSON Salil Parekh
LOCATION Bengaluru
LOCATION India
PERSON Ritu Malhotra
ORG Vellore Institute of Technology
ORG TeamLease Services Ltd.
PERSON Rishad Premji
""",
    "money": """
₹7-9 lakh | 700000 INR max=900000
₹7-9 Lakh | 700000 INR max=900000
₹3.6 lakh | 360000 INR
1,00,000 rupees | 100000 INR
""",
    "rels": [
        {"subject": "Salil Parekh", "predicate": "role", "role": "CEO", "object": "Infosys"},
        {"subject": "Ritu Malhotra", "predicate": "role", "role": "head of placements",
         "object": "Vellore Institute of Technology"},
        {"subject": "Rishad Premji", "predicate": "role", "role": "chairman", "object": "Wipro"},
        {"subject": "Salil Parekh", "predicate": "said",
         "object": "the Bengaluru-based company planned to hire more than 50,000 graduates in the year to March"},
        {"subject": "Ritu Malhotra", "predicate": "said",
         "object": "Students with cloud and data skills get three or four offers before they finish their final year"},
        {"subject": "Ritu Malhotra", "predicate": "said", "object": "Some start-ups were paying joining bonuses of 1,00,000 rupees"},
    ],
}

SPECS["2023-10-09-world-cup-chennai-win"] = {
    "ents": """
PERSON Virat Kohli
PERSON Kohli = Virat Kohli
PERSON Virat = Virat Kohli
PERSON K. L. Rahul
PERSON Rahul = K. L. Rahul
LOCATION India
LOCATION Australia
LOCATION Chennai
LOCATION M. A. Chidambaram Stadium
PERSON Ishan Kishan
PERSON Rohit Sharma
PERSON Shreyas Iyer
PERSON Josh Hazlewood
PERSON Ravindra Jadeja
PERSON Steve Smith
ORG International Cricket Council
LOCATION Afghanistan
LOCATION New Delhi
""",
    "money": """
$10 million | 10000000 USD
$4 million | 4000000 USD
""",
    "ignore": "World Cup",
    "rels": [
        {"subject": "Rohit Sharma", "predicate": "role", "role": "captain", "object": "India"},
        {"subject": "Virat Kohli", "predicate": "age", "object": "34"},
        {"subject": "K. L. Rahul", "predicate": "said",
         "object": "When you're three down for two, you just try to bat time"},
        {"subject": "K. L. Rahul", "predicate": "said", "object": "Virat was calm... he kept telling me to take it deep."},
        {"subject": "International Cricket Council", "predicate": "pays", "object": "$4 million", "to": "the winners",
         "for": "prize money"},
    ],
}

SPECS["2022-07-10-wimbledon-mens-final"] = {
    "ents": """
PERSON Novak Djokovic
PERSON Djokovic = Novak Djokovic
PERSON Nick Kyrgios
PERSON Kyrgios = Nick Kyrgios
LOCATION Centre Court
PERSON Mark Philippoussis
PERSON Rafael Nadal
ORG All England Club
""",
    "money": """
£2m | 2000000 GBP
£1.05m | 1050000 GBP
$10,000 | 10000 USD
""",
    "ignore": """
Wimbledon
Australian Open
Covid-19
Grand Slam
Duchess of Cambridge
""",
    "rels": [
        {"subject": "Novak Djokovic", "predicate": "age", "object": "35"},
        {"subject": "Nick Kyrgios", "predicate": "age", "object": "27"},
        {"subject": "Nick Kyrgios", "predicate": "pays", "object": "$10,000", "for": "spitting towards a fan"},
        {"subject": "Novak Djokovic", "predicate": "said",
         "object": "I've lost words for what this tournament means to me"},
        {"subject": "Nick Kyrgios", "predicate": "said",
         "object": "he might return to the All England Club next year"},
        {"subject": "Nick Kyrgios", "predicate": "said", "object": "I'm so exhausted"},
        {"subject": "Nick Kyrgios", "predicate": "said", "object": "Maybe I'll be back ... maybe not."},
    ],
}

SPECS["2023-03-15-bengaluru-startup-layoffs"] = {
    "ents": """
LOCATION Bengaluru
ORG Zestmart Technologies Pvt Ltd
ORG Zestmart = Zestmart Technologies Pvt Ltd
ORG Tiger Global
LOCATION Pune
LOCATION Hyderabad
PERSON Anjali K. Rao
PERSON Rao = Anjali K. Rao
LOCATION Mumbai
LOCATION Delhi
ORG Registrar of Companies
ORG Inc42
ORG Zepto
ORG Swiggy
APP Instamart
""",
    "money": """
$120 million | 120000000 USD
$900 million | 900000000 USD ~
Rs 1,148 crore | 11480000000 INR
""",
    "rels": [
        {"subject": "Anjali K. Rao", "predicate": "role", "role": "co-founder", "object": "Zestmart Technologies Pvt Ltd"},
        {"subject": "Anjali K. Rao", "predicate": "role", "role": "chief executive",
         "object": "Zestmart Technologies Pvt Ltd"},
        {"subject": "Anjali K. Rao", "predicate": "age", "object": "41"},
        {"subject": "Anjali K. Rao", "predicate": "said", "object": "tried every option"},
        {"subject": "Anjali K. Rao", "predicate": "said", "object": "This is the hardest decision I've ever made"},
        {"subject": "Anjali K. Rao", "predicate": "said",
         "object": "Affected employees will get two months' salary and health cover until June"},
    ],
}

SPECS["2021-11-16-us-infrastructure-bill-signed"] = {
    "ents": """
PERSON Joe Biden
PERSON Biden = Joe Biden
ORG White House
ORG Democrats
ORG Republicans
LOCATION Washington
LOCATION South Lawn
PERSON Chuck Schumer
PERSON Rob Portman
LOCATION Ohio
PERSON Mitch McConnell
ORG U.S. Department of Transportation
LOCATION New York
PERSON Kathy Hochul
ORG Senate
""",
    "money": """
$1.2 Trillion | 1200000000000 USD
$1.2 trillion | 1200000000000 USD
$550 billion | 550000000000 USD ~
$65 billion | 65000000000 USD ~
$7.5 billion | 7500000000 USD
$13.5 billion | 13500000000 USD ~
""",
    "rels": [
        {"subject": "Chuck Schumer", "predicate": "role", "role": "Majority Leader", "object": "Senate"},
        {"subject": "Kathy Hochul", "predicate": "role", "role": "Gov.", "object": "New York"},
        {"subject": "Mitch McConnell", "predicate": "age", "object": "79"},
        {"subject": "Joe Biden", "predicate": "said",
         "object": "Folks, too often in Washington, the reason we don't get things done is because we insist on getting everything we want"},
        {"subject": "Kathy Hochul", "predicate": "said",
         "object": "her state expected to receive more than $13.5 billion for highways and bridges"},
        {"subject": "U.S. Department of Transportation", "predicate": "said",
         "object": "the first grants would be paid early next year"},
    ],
}

SPECS["2022-12-12-twitter-blue-relaunch"] = {
    "ents": """
ORG Twitter @ ORG ORG ORG ORG APP
APP Twitter Blue
ORG Apple
APP App Store
PRODUCT iPhones
ORG Eli Lilly and Co.
ORG Nintendo
PERSON Elon Musk
PERSON Musk = Elon Musk
APP iOS
APP Android
""",
    "money": """
$8 | 8 USD
$11 | 11 USD
$44 billion | 44000000000 USD
$4 million | 4000000 USD ~
""",
    "ignore": "Blue Subscription",
    "rels": [
        {"subject": "Elon Musk", "predicate": "age", "object": "51"},
        {"subject": "Elon Musk", "predicate": "pays", "object": "$44 billion", "for": "Twitter"},
        {"subject": "Elon Musk", "predicate": "said", "object": "Twitter needs to pay its bills somehow"},
        {"subject": "Elon Musk", "predicate": "said", "object": "the company is losing about $4 million a day"},
        {"subject": "Elon Musk", "predicate": "said", "object": "a secret 30% tax on the internet."},
        {"subject": "Twitter", "predicate": "said",
         "object": "it would relaunch its Twitter Blue subscription on Monday, charging $8 a month for sign-ups on the web and $11 a month for those who subscribe through Apple's App Store on iPhones"},
    ],
}

SPECS["2024-01-31-rbi-curbs-paytm-payments-bank"] = {
    "ents": """
ORG RBI = Reserve Bank of India
ORG Reserve Bank of India
ORG Paytm Payments Bank Ltd
ORG Paytm Payments Bank = Paytm Payments Bank Ltd
APP Paytm @ APP ORG ORG ORG
APP UPI
ORG One 97 Communications Ltd
ORG One 97 Communications = One 97 Communications Ltd
PERSON Vijay Shekhar Sharma
PERSON Sharma = Vijay Shekhar Sharma
APP X
APP Twitter
ORG Macquarie
ORG National Stock Exchange
""",
    "money": """
Rs 300-500 crore | 3000000000 INR max=5000000000
Rs 650 | 650 INR
Rs 800 | 800 INR
Rs. 761.20 | 761.2 INR
""",
    "rels": [
        {"subject": "Vijay Shekhar Sharma", "predicate": "role", "role": "founder", "object": "One 97 Communications Ltd"},
        {"subject": "Vijay Shekhar Sharma", "predicate": "age", "object": "45"},
        {"subject": "Vijay Shekhar Sharma", "predicate": "said",
         "object": "Paytm will continue to work with the regulator in full compliance"},
        {"subject": "Paytm", "predicate": "said",
         "object": "The central bank's order does not stop customers from using the Paytm app to pay at shops through UPI with accounts at other banks"},
        {"subject": "One 97 Communications Ltd", "predicate": "said",
         "object": "the curbs could hit its annual operating profit by Rs 300-500 crore"},
    ],
}

SPECS["2024-02-08-rbi-holds-repo-rate"] = {
    "ents": """
ORG RBI = Reserve Bank of India
ORG Reserve Bank of India
PERSON Shaktikanta Das
PERSON Das = Shaktikanta Das
ORG Monetary Policy Committee
PERSON Jayanth R. Varma
LOCATION Mumbai
LOCATION India
""",
    "money": """
$622.5 billion | 622500000000 USD
""",
    "rels": [
        {"subject": "Shaktikanta Das", "predicate": "role", "role": "Governor", "object": "Reserve Bank of India"},
        {"subject": "Jayanth R. Varma", "predicate": "role", "role": "external member",
         "object": "Monetary Policy Committee"},
        {"subject": "Shaktikanta Das", "predicate": "said",
         "object": "The elephant is now out on a walk and appears to be returning to the forest"},
        {"subject": "Shaktikanta Das", "predicate": "said",
         "object": "five of the six members of the Monetary Policy Committee voted to keep rates on hold"},
    ],
}

SPECS["2022-08-25-united-sign-brazilian-winger"] = {
    "ents": """
ORG Manchester United
ORG United = Manchester United
ORG Ajax
PERSON Antony
PERSON Erik ten Hag
PERSON ten Hag = Erik ten Hag
PERSON Ten Hag = Erik ten Hag
LOCATION Old Trafford
PERSON Paul Pogba
ORG Juventus
LOCATION Manchester
LOCATION Amsterdam
LOCATION Netherlands
ORG Real Madrid
PERSON Casemiro
ORG Arsenal
""",
    "money": """
€95m | 95000000 EUR
€5m | 5000000 EUR
£89m | 89000000 GBP
£200m | 200000000 GBP ~
£60m | 60000000 GBP
""",
    "rels": [
        {"subject": "Manchester United", "predicate": "pays", "object": "€95m", "to": "Ajax", "for": "Antony"},
        {"subject": "Manchester United", "predicate": "pays", "object": "£60m", "for": "Real Madrid midfielder Casemiro"},
        {"subject": "Manchester United", "predicate": "pays", "object": "£89m", "to": "Juventus", "for": "Paul Pogba"},
        {"subject": "Antony", "predicate": "age", "object": "22"},
        {"subject": "Erik ten Hag", "predicate": "age", "object": "52"},
        {"subject": "Casemiro", "predicate": "role", "role": "midfielder", "object": "Real Madrid"},
        {"subject": "Antony", "predicate": "role", "role": "winger", "object": "Ajax"},
        {"subject": "Ajax", "predicate": "said", "object": "the highest ever received"},
        {"subject": "Erik ten Hag", "predicate": "said", "object": "He is a player who makes the difference"},
    ],
}

SPECS["2023-08-23-chandrayaan-3-lands-on-moon"] = {
    "ents": """
PRODUCT Chandrayaan-3
LOCATION Moon
LOCATION India
LOCATION U.S.
LOCATION Soviet Union
LOCATION China
PRODUCT Vikram
ORG Indian Space Research Organisation
ORG ISRO = Indian Space Research Organisation
LOCATION Bengaluru
PERSON S. Somanath
PERSON Narendra Modi
LOCATION Johannesburg
ORG BRICS
LOCATION Hollywood
PRODUCT Luna-25
PRODUCT Pragyan
""",
    "money": """
Rs 615 crore | 6150000000 INR ~
$75 million | 75000000 USD ~
""",
    "ignore": "south pole\nSouth Pole",
    "rels": [
        {"subject": "S. Somanath", "predicate": "role", "role": "chairman", "object": "Indian Space Research Organisation"},
        {"subject": "Narendra Modi", "predicate": "role", "role": "Prime Minister", "object": "India"},
        {"subject": "S. Somanath", "predicate": "said", "object": "India is now on the Moon"},
        {"subject": "Narendra Modi", "predicate": "said", "object": "to all of humanity"},
        {"subject": "Indian Space Research Organisation", "predicate": "said",
         "object": "The Vikram lander touched down at 6.04 p.m. Indian time"},
    ],
}

SPECS["2021-09-09-rowling-first-edition-auction"] = {
    "ents": """
PERSON J. K. Rowling
PERSON Rowling = J. K. Rowling
LOCATION New York
ORG Sotheby's
ORG Bloomsbury
ORG Lumos
APP Twitter
LOCATION Edinburgh
PERSON Richard Ellis
LOCATION U.S.
LOCATION Hong Kong
LOCATION Gulf
""",
    "money": """
Five Million Dollars | 5000000 USD
five million dollars | 5000000 USD
$1.5-2 million | 1500000 USD max=2000000
£80,000 | 80000 GBP
$110,000 | 110000 USD ~
""",
    "ignore": """
Harry Potter and the Philosopher's Stone
""",
    "rels": [
        {"subject": "J. K. Rowling", "predicate": "age", "object": "56"},
        {"subject": "J. K. Rowling", "predicate": "role", "role": "founder", "object": "Lumos"},
        {"subject": "Richard Ellis", "predicate": "role", "role": "vice-chairman", "object": "Sotheby's"},
        {"subject": "J. K. Rowling", "predicate": "said", "object": "I'm overwhelmed... this money will change children's lives"},
        {"subject": "Sotheby's", "predicate": "said",
         "object": "A signed first edition of \"Harry Potter and the Philosopher's Stone\" sold for five million dollars at a charity auction in New York on Wednesday, the highest price ever paid for a book by a living author"},
        {"subject": "Richard Ellis", "predicate": "said",
         "object": "interest came from collectors in the U.S., Hong Kong and the Gulf"},
    ],
}

SPECS["2022-10-27-ola-electric-scooter-price-cut"] = {
    "ents": """
ORG Ola Electric
APP Ola Electric app
PRODUCT Ola S1 Pro
PRODUCT S1 Pro = Ola S1 Pro
PERSON Bhavish Aggarwal
PERSON Aggarwal = Bhavish Aggarwal
ORG ANI Technologies Pvt Ltd
APP Ola
LOCATION India
APP Twitter
LOCATION Bengaluru
ORG SoftBank
LOCATION Futurefactory
LOCATION Krishnagiri
LOCATION Tamil Nadu
ORG Ather Energy
ORG TVS Motor Company
""",
    "money": """
₹10,000 | 10000 INR
₹1.30 lakh | 130000 INR
Rs. 15,000 | 15000 INR ~
""",
    "ignore": """
Diwali
FAME-II
""",
    "rels": [
        {"subject": "Bhavish Aggarwal", "predicate": "role", "role": "founder", "object": "Ola Electric"},
        {"subject": "Bhavish Aggarwal", "predicate": "age", "object": "37"},
        {"subject": "Bhavish Aggarwal", "predicate": "said",
         "object": "We've sold more two-wheelers this month than any other EV company in India"},
        {"subject": "Bhavish Aggarwal", "predicate": "said",
         "object": "Customers can book the scooter on the Ola Electric app or at the company's new experience centres"},
    ],
}

SPECS["2023-01-23-microsoft-openai-investment"] = {
    "ents": """
ORG Microsoft Corp.
ORG Microsoft = Microsoft Corp.
ORG OpenAI
LOCATION San Francisco
APP ChatGPT
PERSON Satya Nadella
PERSON Nadella = Satya Nadella
APP Bing
APP Microsoft Teams
APP Azure
PERSON Sam Altman
ORG Alphabet Inc.
ORG Google
""",
    "money": """
$10bn | 10000000000 USD ~
$1 billion | 1000000000 USD
""",
    "rels": [
        {"subject": "Satya Nadella", "predicate": "role", "role": "chief executive", "object": "Microsoft Corp."},
        {"subject": "Satya Nadella", "predicate": "age", "object": "55"},
        {"subject": "Sam Altman", "predicate": "role", "role": "chief executive", "object": "OpenAI"},
        {"subject": "Microsoft Corp.", "predicate": "pays", "object": "$10bn", "to": "OpenAI"},
        {"subject": "Microsoft Corp.", "predicate": "pays", "object": "$1 billion", "to": "OpenAI"},
        {"subject": "Microsoft Corp.", "predicate": "said", "object": "multiyear, multibillion dollar"},
        {"subject": "Satya Nadella", "predicate": "said",
         "object": "We formed our partnership with OpenAI around a shared ambition to responsibly advance cutting-edge AI research"},
        {"subject": "Satya Nadella", "predicate": "said",
         "object": "the technology would be added to the Bing search engine, Microsoft Teams and the Azure cloud"},
        {"subject": "Sam Altman", "predicate": "said", "object": "running it costs \"eye-watering\" sums"},
    ],
}

SPECS["2022-03-25-punjab-farm-loan-relief"] = {
    "ents": """
LOCATION Punjab
PERSON Bhagwant Mann
PERSON Mann = Bhagwant Mann
ORG Aam Aadmi Party
ORG AAP = Aam Aadmi Party
LOCATION Chandigarh
PERSON Harpal Singh Cheema
ORG Congress
PERSON Charanjit Singh Channi
ORG Reserve Bank of India
""",
    "money": """
Rs 1,200 Crore | 12000000000 INR
Rs 1,200 crore | 12000000000 INR
1,00,000 rupees | 100000 INR ~
Rs 75,000 crore | 750000000000 INR ~
Rs 2.82 lakh crore | 2820000000000 INR ~
""",
    "rels": [
        {"subject": "Bhagwant Mann", "predicate": "role", "role": "Chief Minister", "object": "Punjab"},
        {"subject": "Bhagwant Mann", "predicate": "age", "object": "48"},
        {"subject": "Harpal Singh Cheema", "predicate": "role", "role": "Finance Minister", "object": "Punjab"},
        {"subject": "Bhagwant Mann", "predicate": "said",
         "object": "Farmers are the backbone of Punjab, and this is only the beginning"},
        {"subject": "Harpal Singh Cheema", "predicate": "said",
         "object": "the money would be paid directly to cooperative banks by June"},
        {"subject": "Congress", "predicate": "said",
         "object": "the relief fell short of the promise the AAP had made during its campaign"},
        {"subject": "Charanjit Singh Channi", "predicate": "said", "object": "a drop in the ocean"},
    ],
}

SPECS["2023-07-18-sunrise-agro-ipo"] = {
    "ents": """
ORG Sunrise Agro Ventures Limited
ORG Sunrise Agro Ventures = Sunrise Agro Ventures Limited
LOCATION Nagpur
ORG ChrysCapital
PERSON Vikram S. Deshpande
PERSON Deshpande = Vikram S. Deshpande
LOCATION Indore
LOCATION India
ORG Zerodha
APP Kite
APP Groww
ORG Kotak Mahindra Capital Co. Ltd.
ORG Axis Capital Ltd.
ORG National Stock Exchange
ORG BSE
""",
    "money": """
Rs 450-475 | 450 INR max=475
Rs 1,050 crore | 10500000000 INR ~
Rs 600 crore | 6000000000 INR
₹14,725 | 14725 INR
""",
    "rels": [
        {"subject": "Vikram S. Deshpande", "predicate": "role", "role": "Managing director",
         "object": "Sunrise Agro Ventures Limited"},
        {"subject": "Vikram S. Deshpande", "predicate": "age", "object": "54"},
        {"subject": "Vikram S. Deshpande", "predicate": "said",
         "object": "the money would be used to repay debt and build a factory near Indore"},
        {"subject": "Vikram S. Deshpande", "predicate": "said",
         "object": "Demand for small tractors is growing... especially in central India"},
    ],
}

SPECS["wire-2023-06-02-adani-bond"] = {
    "ents": """
ORG Adani Ports and Special Economic Zone Ltd
PERSON Karan Adani
LOCATION Singapore
LOCATION Mundra
LOCATION Gujarat
""",
    "money": """
$500 million | 500000000 USD
Rs 40,000 crore | 400000000000 INR
$130 million | 130000000 USD ~
""",
    "rels": [
        {"subject": "Karan Adani", "predicate": "role", "role": "Chief executive",
         "object": "Adani Ports and Special Economic Zone Ltd"},
        {"subject": "Karan Adani", "predicate": "said",
         "object": "the company would cut its debt to Rs 40,000 crore by March 2025"},
        {"subject": "Adani Ports and Special Economic Zone Ltd", "predicate": "pays", "object": "$130 million",
         "for": "bonds"},
    ],
}

SPECS["wire-2023-06-02-lufthansa-ita"] = {
    "ents": """
ORG European Commission
ORG Commission = European Commission
ORG Deutsche Lufthansa AG
ORG Lufthansa = Deutsche Lufthansa AG
ORG ITA Airways
ORG ITA = ITA Airways
LOCATION Italy
LOCATION Europe
PERSON Carsten Spohr
LOCATION Brussels
""",
    "money": """
€325m | 325000000 EUR
""",
    "rels": [
        {"subject": "Carsten Spohr", "predicate": "role", "role": "chief executive", "object": "Deutsche Lufthansa AG"},
        {"subject": "Deutsche Lufthansa AG", "predicate": "pays", "object": "€325m", "for": "41% of Italian carrier ITA Airways"},
        {"subject": "Carsten Spohr", "predicate": "said", "object": "the group would \"work constructively\" with Brussels"},
        {"subject": "European Commission", "predicate": "said",
         "object": "the deal could push up fares on routes between Italy and central Europe"},
    ],
}

SPECS["wire-2023-06-04-swiatek-french-open"] = {
    "ents": """
PERSON Iga Swiatek
PERSON Swiatek = Iga Swiatek
PERSON Marie Bouzkova
LOCATION Roland Garros
LOCATION Paris
PERSON Coco Gauff
LOCATION U.S.
""",
    "money": """
€2.2m | 2200000 EUR
""",
    "ignore": "French Open",
    "rels": [
        {"subject": "Iga Swiatek", "predicate": "age", "object": "22"},
        {"subject": "Iga Swiatek", "predicate": "said", "object": "I just tried to stay aggressive"},
    ],
}

SPECS["brief-2024-03-01-hdfc-fd"] = {
    "ents": """
ORG HDFC Bank Ltd
""",
    "money": """
Rs 2 crore | 20000000 INR ~
""",
    "rels": [
        {"subject": "HDFC Bank Ltd", "predicate": "said",
         "object": "Senior citizens will now earn 7.75% on deposits of 18 months"},
    ],
}

SPECS["brief-2024-03-04-rupee"] = {
    "ents": """
LOCATION U.S.
LOCATION Mumbai
PERSON Anil Kumar Bhansali
ORG Finrex Treasury Advisors LLP
""",
    "money": """
₹64,460 | 64460 INR
""",
    "ignore": "9 paise",
    "rels": [
        {"subject": "Anil Kumar Bhansali", "predicate": "role", "role": "head of treasury",
         "object": "Finrex Treasury Advisors LLP"},
        {"subject": "Anil Kumar Bhansali", "predicate": "said",
         "object": "Foreign inflows, strong GDP data and a weak dollar are all helping"},
    ],
}
