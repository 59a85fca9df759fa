-- Every campaign: when it was sent, how big each side is, whether its window has closed.
-- param now: the instant "running" is judged at
select c.campaign_id, c.snapshot_date, c.send_at, c.window_days, c.holdout_share, c.assignment,
       c.audience,
       (select count(*) from ops.campaign_members m where m.campaign_id = c.campaign_id and m.arm = 'control') as control,
       (select string_agg(a.arm, ',' order by a.arm) from ops.campaign_arms a
        where a.campaign_id = c.campaign_id and not a.is_control) as variants,
       (select max(e.exported_at) from ops.campaign_exports e where e.campaign_id = c.campaign_id) as last_export,
       case when $now::timestamp <= c.send_at then 'scheduled'
            when $now::timestamp <= c.send_at + to_days(c.window_days) then 'running'
            else 'finished' end as state
from ops.campaigns c
order by c.send_at desc, c.campaign_id
