-- Demo ledger (DESIGN "Demo data"): members and ledger stories that reproduce the seed cases.
-- Loaded by ledger.DemoLedgerFixtures, demo profile only, on an empty database.

INSERT INTO pd_gift (id, name, name_en, physical, points_price, stock, listed, ship_within_days) VALUES
  ('G-SPEAKER',    '蓝牙音箱',          'Bluetooth speaker',                 TRUE,  12000,   25, TRUE, 7),
  ('G-VIP-MONTH',  '汽水音乐会员月卡',  'Soda Music membership card (1 month)', FALSE, 3000, 9999, TRUE, NULL),
  ('G-VIP-SEASON', '汽水音乐会员季卡',  'Soda Music membership card (3 months)', FALSE, 4500, 9999, TRUE, NULL),
  ('G-HEADPHONES', '限量版头戴耳机',    'Limited-edition headphones',        TRUE,   8000,    0, TRUE, 7),
  ('G-TOTE',       '联名帆布包',        'Co-branded canvas tote bag',        TRUE,   5000,   40, TRUE, 7),
  ('G-GIFTCARD-50','50元礼品卡',        'CNY 50 gift card',                  FALSE,  1000,  500, TRUE, NULL);

INSERT INTO pd_member (id, display_name, email, phone, preferred_locale, registered_at) VALUES
  ('U10001', '张女士', 'u10001@members.example', '13800010001', 'zh-CN', TIMESTAMP WITH TIME ZONE '2025-03-02 10:00:00+08:00'),
  ('U10002', '王先生', 'u10002@members.example', '13800010002', 'zh-CN', TIMESTAMP WITH TIME ZONE '2025-01-15 09:00:00+08:00'),
  ('U10003', '李同学', 'u10003@members.example', '13800010003', 'zh-CN', TIMESTAMP WITH TIME ZONE '2025-06-20 21:00:00+08:00'),
  ('U10004', '赵先生', 'u10004@members.example', '13800010004', 'zh-CN', TIMESTAMP WITH TIME ZONE '2025-02-01 08:00:00+08:00'),
  ('U10005', '钱女士', 'u10005@members.example', '13800010005', 'zh-CN', TIMESTAMP WITH TIME ZONE '2025-02-03 08:00:00+08:00'),
  ('U10006', '孙先生', 'u10006@members.example', '13800010006', 'zh-CN', TIMESTAMP WITH TIME ZONE '2025-02-05 08:00:00+08:00'),
  ('U10007', '周女士', 'u10007@members.example', '13800010007', 'zh-CN', TIMESTAMP WITH TIME ZONE '2025-02-07 08:00:00+08:00'),
  ('U10008', '吴先生', 'u10008@members.example', '13800010008', 'zh-CN', TIMESTAMP WITH TIME ZONE '2025-02-09 08:00:00+08:00'),
  ('U10009', '郑女士', 'u10009@members.example', '13800010009', 'zh-CN', TIMESTAMP WITH TIME ZONE '2024-09-01 12:00:00+08:00'),
  ('U10010', 'Alex Chen', 'u10010@members.example', '13800010010', 'en',  TIMESTAMP WITH TIME ZONE '2025-04-11 18:00:00+08:00'),
  ('U10011', '冯先生', 'u10011@members.example', '13800010011', 'zh-CN', TIMESTAMP WITH TIME ZONE '2024-08-08 08:00:00+08:00'),
  ('U10012', '陈女士', 'u10012@members.example', '13800010012', 'zh-CN', TIMESTAMP WITH TIME ZONE '2025-05-05 20:00:00+08:00');

-- U10001 Ms. Zhang: Bluetooth speaker redeemed 2026-10-20, promised to ship within 7 days, still unshipped.
INSERT INTO pd_redemption_order (id, member_id, gift_id, points, status, ordered_at, ship_by) VALUES
  ('R-20261020-0001', 'U10001', 'G-SPEAKER', 12000, 'PENDING', TIMESTAMP WITH TIME ZONE '2026-10-20 10:15:00+08:00', DATE '2026-10-27');
-- U10003: 3 000-point membership card, the redemption FAILED, the debit was never refunded.
INSERT INTO pd_redemption_order (id, member_id, gift_id, points, status, ordered_at) VALUES
  ('R-20261110-0003', 'U10003', 'G-VIP-MONTH', 3000, 'FAILED', TIMESTAMP WITH TIME ZONE '2026-11-10 20:41:00+08:00');
-- U10004-U10008: the limited headphones, out of stock for months but still listed.
INSERT INTO pd_redemption_order (id, member_id, gift_id, points, status, ordered_at, ship_by) VALUES
  ('R-20260803-0004', 'U10004', 'G-HEADPHONES', 8000, 'PENDING', TIMESTAMP WITH TIME ZONE '2026-08-03 12:00:00+08:00', DATE '2026-08-10'),
  ('R-20260812-0005', 'U10005', 'G-HEADPHONES', 8000, 'PENDING', TIMESTAMP WITH TIME ZONE '2026-08-12 19:30:00+08:00', DATE '2026-08-19'),
  ('R-20260825-0006', 'U10006', 'G-HEADPHONES', 8000, 'PENDING', TIMESTAMP WITH TIME ZONE '2026-08-25 08:05:00+08:00', DATE '2026-09-01'),
  ('R-20260909-0007', 'U10007', 'G-HEADPHONES', 8000, 'PENDING', TIMESTAMP WITH TIME ZONE '2026-09-09 22:10:00+08:00', DATE '2026-09-16'),
  ('R-20260921-0008', 'U10008', 'G-HEADPHONES', 8000, 'PENDING', TIMESTAMP WITH TIME ZONE '2026-09-21 07:45:00+08:00', DATE '2026-09-28');
-- U10010: delivered, but the tote bag does not match its gift page.
INSERT INTO pd_redemption_order (id, member_id, gift_id, points, status, ordered_at, ship_by, shipped_at, delivered_at) VALUES
  ('R-20261101-0010', 'U10010', 'G-TOTE', 5000, 'DELIVERED', TIMESTAMP WITH TIME ZONE '2026-11-01 11:00:00+08:00', DATE '2026-11-08',
   TIMESTAMP WITH TIME ZONE '2026-11-03 15:00:00+08:00', TIMESTAMP WITH TIME ZONE '2026-11-06 10:20:00+08:00');
-- U10011: a healthy account, a gift card delivered on time.
INSERT INTO pd_redemption_order (id, member_id, gift_id, points, status, ordered_at, delivered_at) VALUES
  ('R-20261005-0011', 'U10011', 'G-GIFTCARD-50', 1000, 'DELIVERED', TIMESTAMP WITH TIME ZONE '2026-10-05 09:00:00+08:00', TIMESTAMP WITH TIME ZONE '2026-10-05 09:00:05+08:00');

INSERT INTO pd_points_entry (member_id, booked_at, amount, kind, reference, idempotency_key, description) VALUES
  ('U10001', TIMESTAMP WITH TIME ZONE '2026-06-30 23:00:00+08:00',  15800, 'EARN',   'LISTENING-2026H1', 'fixture:U10001:earn:2026H1', '听歌时长与每日签到 listening time and daily check-in'),
  ('U10001', TIMESTAMP WITH TIME ZONE '2026-10-20 10:15:00+08:00', -12000, 'REDEEM', 'R-20261020-0001',  'fixture:U10001:redeem:R-20261020-0001', '兑换蓝牙音箱 redeemed Bluetooth speaker'),

  ('U10002', TIMESTAMP WITH TIME ZONE '2026-08-31 23:00:00+08:00',   6400, 'EARN',   'LISTENING-2026Q3', 'fixture:U10002:earn:2026Q3', '听歌时长 listening time'),
  ('U10002', TIMESTAMP WITH TIME ZONE '2026-10-31 23:00:00+08:00',    900, 'EARN',   'CHECKIN-2026-10',  'fixture:U10002:earn:2026-10', '每日签到 daily check-in'),
  -- the vanished 2 000: no order, no expiry, no rule change behind it
  ('U10002', TIMESTAMP WITH TIME ZONE '2026-11-18 03:12:47+08:00',  -2000, 'ADJUST', NULL,               'fixture:U10002:adjust:20261118', '积分调整 adjustment'),

  ('U10003', TIMESTAMP WITH TIME ZONE '2026-09-30 23:00:00+08:00',   5200, 'EARN',   'LISTENING-2026Q3', 'fixture:U10003:earn:2026Q3', '听歌时长 listening time'),
  ('U10003', TIMESTAMP WITH TIME ZONE '2026-11-10 20:41:00+08:00',  -3000, 'REDEEM', 'R-20261110-0003',  'fixture:U10003:redeem:R-20261110-0003', '兑换会员月卡 redeemed membership card'),

  ('U10004', TIMESTAMP WITH TIME ZONE '2026-07-31 23:00:00+08:00',  10000, 'EARN',   'LISTENING-2026H1', 'fixture:U10004:earn:2026H1', '听歌时长 listening time'),
  ('U10004', TIMESTAMP WITH TIME ZONE '2026-08-03 12:00:00+08:00',  -8000, 'REDEEM', 'R-20260803-0004',  'fixture:U10004:redeem:R-20260803-0004', '兑换限量版耳机 redeemed headphones'),
  ('U10005', TIMESTAMP WITH TIME ZONE '2026-07-31 23:00:00+08:00',   9000, 'EARN',   'LISTENING-2026H1', 'fixture:U10005:earn:2026H1', '听歌时长 listening time'),
  ('U10005', TIMESTAMP WITH TIME ZONE '2026-08-12 19:30:00+08:00',  -8000, 'REDEEM', 'R-20260812-0005',  'fixture:U10005:redeem:R-20260812-0005', '兑换限量版耳机 redeemed headphones'),
  ('U10006', TIMESTAMP WITH TIME ZONE '2026-07-31 23:00:00+08:00',   8800, 'EARN',   'LISTENING-2026H1', 'fixture:U10006:earn:2026H1', '听歌时长 listening time'),
  ('U10006', TIMESTAMP WITH TIME ZONE '2026-08-25 08:05:00+08:00',  -8000, 'REDEEM', 'R-20260825-0006',  'fixture:U10006:redeem:R-20260825-0006', '兑换限量版耳机 redeemed headphones'),
  ('U10007', TIMESTAMP WITH TIME ZONE '2026-08-31 23:00:00+08:00',  12000, 'EARN',   'LISTENING-2026Q3', 'fixture:U10007:earn:2026Q3', '听歌时长 listening time'),
  ('U10007', TIMESTAMP WITH TIME ZONE '2026-09-09 22:10:00+08:00',  -8000, 'REDEEM', 'R-20260909-0007',  'fixture:U10007:redeem:R-20260909-0007', '兑换限量版耳机 redeemed headphones'),
  ('U10008', TIMESTAMP WITH TIME ZONE '2026-08-31 23:00:00+08:00',   8500, 'EARN',   'LISTENING-2026Q3', 'fixture:U10008:earn:2026Q3', '听歌时长 listening time'),
  ('U10008', TIMESTAMP WITH TIME ZONE '2026-09-21 07:45:00+08:00',  -8000, 'REDEEM', 'R-20260921-0008',  'fixture:U10008:redeem:R-20260921-0008', '兑换限量版耳机 redeemed headphones'),

  -- U10009: 1 500 points from October 2024 expired on 2026-10-31 without any expiry notice
  ('U10009', TIMESTAMP WITH TIME ZONE '2024-10-31 23:00:00+08:00',   1500, 'EARN',   'CHECKIN-2024-10',  'fixture:U10009:earn:2024-10', '每日签到 daily check-in'),
  ('U10009', TIMESTAMP WITH TIME ZONE '2026-06-30 23:00:00+08:00',   2600, 'EARN',   'LISTENING-2026H1', 'fixture:U10009:earn:2026H1', '听歌时长 listening time'),
  ('U10009', TIMESTAMP WITH TIME ZONE '2026-10-31 23:59:59+08:00',  -1500, 'EXPIRE', 'EXPIRY-2026-10-31', 'fixture:U10009:expire:2026-10-31', '积分到期清零 points expired'),

  ('U10010', TIMESTAMP WITH TIME ZONE '2026-09-30 23:00:00+08:00',   7300, 'EARN',   'LISTENING-2026Q3', 'fixture:U10010:earn:2026Q3', '听歌时长 listening time'),
  ('U10010', TIMESTAMP WITH TIME ZONE '2026-11-01 11:00:00+08:00',  -5000, 'REDEEM', 'R-20261101-0010',  'fixture:U10010:redeem:R-20261101-0010', '兑换联名帆布包 redeemed tote bag'),

  ('U10011', TIMESTAMP WITH TIME ZONE '2024-10-31 23:00:00+08:00',    200, 'EARN',   'CHECKIN-2024-10',  'fixture:U10011:earn:2024-10', '每日签到 daily check-in'),
  ('U10011', TIMESTAMP WITH TIME ZONE '2026-09-30 23:00:00+08:00',   6000, 'EARN',   'LISTENING-2026Q3', 'fixture:U10011:earn:2026Q3', '听歌时长 listening time'),
  ('U10011', TIMESTAMP WITH TIME ZONE '2026-10-05 09:00:00+08:00',  -1000, 'REDEEM', 'R-20261005-0011',  'fixture:U10011:redeem:R-20261005-0011', '兑换50元礼品卡 redeemed gift card'),
  ('U10011', TIMESTAMP WITH TIME ZONE '2026-10-31 23:59:59+08:00',   -200, 'EXPIRE', 'EXPIRY-2026-10-31', 'fixture:U10011:expire:2026-10-31', '积分到期清零 points expired'),

  -- U10012 saved for the 3 000-point membership card; the price became 4 500 on 2026-11-01
  ('U10012', TIMESTAMP WITH TIME ZONE '2026-10-15 23:00:00+08:00',   3200, 'EARN',   'LISTENING-2026Q3', 'fixture:U10012:earn:2026Q3', '听歌时长 listening time');

-- U10011 was told about the expiry a month ahead; U10009 never was.
INSERT INTO pd_expiry_notice (member_id, expires_on, points, sent_at, channel) VALUES
  ('U10011', DATE '2026-10-31', 200, TIMESTAMP WITH TIME ZONE '2026-10-01 10:00:00+08:00', 'APP');

-- RC-2026-11: announced on 2026-10-31, effective 2026-11-01 - less than the 7 days' notice promised.
INSERT INTO pd_rule_change (code, title, gift_id, old_points_price, new_points_price, announced_at, effective_at) VALUES
  ('RC-2026-11', '会员季卡兑换所需积分调整 membership card price change', 'G-VIP-SEASON', 3000, 4500,
   TIMESTAMP WITH TIME ZONE '2026-10-31 20:00:00+08:00', TIMESTAMP WITH TIME ZONE '2026-11-01 00:00:00+08:00');
