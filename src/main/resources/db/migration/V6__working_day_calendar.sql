-- Mainland-China working-day calendar, kept as data (DESIGN "Service levels").
-- A day listed here overrides the Monday-Friday rule: HOLIDAY = statutory holiday (no work),
-- WORKDAY = weekend make-up working day (调休). Years not in pd_calendar_year fall back to
-- Monday-Friday (logged). Add a later year with a new migration once the State Council announces it.

CREATE TABLE pd_calendar_year (
  calendar_year INTEGER      PRIMARY KEY,
  source        VARCHAR(300) NOT NULL
);

CREATE TABLE pd_calendar_day (
  calendar_date DATE PRIMARY KEY,
  kind VARCHAR(8)   NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
  note VARCHAR(100) NOT NULL
);

INSERT INTO pd_calendar_year (calendar_year, source) VALUES
  (2026, 'State Council notice on 2026 public holidays, 2025-11-04 (Xinhua)');

INSERT INTO pd_calendar_day (calendar_date, kind, note) VALUES
  (DATE '2026-01-01', 'HOLIDAY', '元旦 New Year'),
  (DATE '2026-01-02', 'HOLIDAY', '元旦 New Year'),
  (DATE '2026-01-03', 'HOLIDAY', '元旦 New Year'),
  (DATE '2026-01-04', 'WORKDAY', '元旦调休 make-up working day'),
  (DATE '2026-02-14', 'WORKDAY', '春节调休 make-up working day'),
  (DATE '2026-02-15', 'HOLIDAY', '春节 Spring Festival'),
  (DATE '2026-02-16', 'HOLIDAY', '春节 Spring Festival'),
  (DATE '2026-02-17', 'HOLIDAY', '春节 Spring Festival'),
  (DATE '2026-02-18', 'HOLIDAY', '春节 Spring Festival'),
  (DATE '2026-02-19', 'HOLIDAY', '春节 Spring Festival'),
  (DATE '2026-02-20', 'HOLIDAY', '春节 Spring Festival'),
  (DATE '2026-02-21', 'HOLIDAY', '春节 Spring Festival'),
  (DATE '2026-02-22', 'HOLIDAY', '春节 Spring Festival'),
  (DATE '2026-02-23', 'HOLIDAY', '春节 Spring Festival'),
  (DATE '2026-02-28', 'WORKDAY', '春节调休 make-up working day'),
  (DATE '2026-04-04', 'HOLIDAY', '清明节 Qingming'),
  (DATE '2026-04-05', 'HOLIDAY', '清明节 Qingming'),
  (DATE '2026-04-06', 'HOLIDAY', '清明节 Qingming'),
  (DATE '2026-05-01', 'HOLIDAY', '劳动节 Labour Day'),
  (DATE '2026-05-02', 'HOLIDAY', '劳动节 Labour Day'),
  (DATE '2026-05-03', 'HOLIDAY', '劳动节 Labour Day'),
  (DATE '2026-05-04', 'HOLIDAY', '劳动节 Labour Day'),
  (DATE '2026-05-05', 'HOLIDAY', '劳动节 Labour Day'),
  (DATE '2026-05-09', 'WORKDAY', '劳动节调休 make-up working day'),
  (DATE '2026-06-19', 'HOLIDAY', '端午节 Dragon Boat'),
  (DATE '2026-06-20', 'HOLIDAY', '端午节 Dragon Boat'),
  (DATE '2026-06-21', 'HOLIDAY', '端午节 Dragon Boat'),
  (DATE '2026-09-20', 'WORKDAY', '中秋国庆调休 make-up working day'),
  (DATE '2026-09-25', 'HOLIDAY', '中秋节 Mid-Autumn'),
  (DATE '2026-09-26', 'HOLIDAY', '中秋节 Mid-Autumn'),
  (DATE '2026-09-27', 'HOLIDAY', '中秋节 Mid-Autumn'),
  (DATE '2026-10-01', 'HOLIDAY', '国庆节 National Day'),
  (DATE '2026-10-02', 'HOLIDAY', '国庆节 National Day'),
  (DATE '2026-10-03', 'HOLIDAY', '国庆节 National Day'),
  (DATE '2026-10-04', 'HOLIDAY', '国庆节 National Day'),
  (DATE '2026-10-05', 'HOLIDAY', '国庆节 National Day'),
  (DATE '2026-10-06', 'HOLIDAY', '国庆节 National Day'),
  (DATE '2026-10-07', 'HOLIDAY', '国庆节 National Day'),
  (DATE '2026-10-10', 'WORKDAY', '国庆节调休 make-up working day');
