-- CLV Lab: the customer summary that BG/NBD, Pareto/NBD and Gamma-Gamma need, built where the
-- transactions live. Import the result on the "Predict from your transactions" page as a summary
-- table: one row per customer, a few megabytes even for millions of customers.
--
-- Input: a table or view `transactions` with one row per purchase:
--   customer_id    any type   who bought
--   purchase_date  DATE       when (a timestamp works too: it is cut to the day)
--   amount         number     how much (leave it out, and monetary_value, if you have no amounts)
--
-- Output, per customer whose first purchase is on or before the calibration end (the layout of
-- the lifetimes package, times in the unit set below):
--   frequency       repeat purchases up to the calibration end (same-day purchases count once)
--   recency         time from the first purchase to the last one (NOT the time since the last)
--   T               time from the first purchase to the calibration end
--   monetary_value  average value of the repeat purchases (0 without any)
--   holdout_purchases  purchases after the calibration end, to check the models' predictions
--
-- Tested with DuckDB. Written in standard SQL except date arithmetic: `date - date` gives days in
-- DuckDB and PostgreSQL; in BigQuery write DATE_DIFF(a, b, DAY), in Spark SQL DATEDIFF(a, b), in
-- SQL Server DATEDIFF(day, b, a). Change the two parameters in `params` (1997-09-30 and 7 days =
-- weeks are the CDNOW example's: 39 weeks of calibration).

WITH params AS (
    SELECT DATE '1997-09-30' AS calibration_end,
           7.0 AS unit_days -- 1 = days, 7 = weeks, 30.4375 = months
),
daily AS ( -- same-day purchases merged into one
    SELECT customer_id,
           CAST(purchase_date AS DATE) AS day,
           SUM(amount) AS amount
    FROM transactions
    GROUP BY customer_id, CAST(purchase_date AS DATE)
),
firsts AS (
    SELECT customer_id, MIN(day) AS first_day
    FROM daily
    GROUP BY customer_id
),
calibration AS (
    SELECT d.customer_id,
           COUNT(*) - 1 AS frequency,
           MAX(d.day) - f.first_day AS recency_days,
           p.calibration_end - f.first_day AS age_days,
           SUM(CASE WHEN d.day > f.first_day THEN d.amount ELSE 0 END) AS repeat_amount
    FROM daily d
    JOIN firsts f ON f.customer_id = d.customer_id
    CROSS JOIN params p
    WHERE d.day <= p.calibration_end
    GROUP BY d.customer_id, f.first_day, p.calibration_end
),
holdout AS (
    SELECT d.customer_id, COUNT(*) AS purchases
    FROM daily d
    CROSS JOIN params p
    WHERE d.day > p.calibration_end
    GROUP BY d.customer_id
)
SELECT c.customer_id,
       c.frequency,
       c.recency_days / p.unit_days AS recency,
       c.age_days / p.unit_days AS T,
       CASE WHEN c.frequency > 0 THEN c.repeat_amount / c.frequency ELSE 0 END AS monetary_value,
       COALESCE(h.purchases, 0) AS holdout_purchases
FROM calibration c
CROSS JOIN params p
LEFT JOIN holdout h ON h.customer_id = c.customer_id
ORDER BY c.customer_id;
