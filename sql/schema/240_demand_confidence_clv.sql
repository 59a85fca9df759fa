-- Issue 16: demand you can plan with.
-- predictions.user_demand: the customer model's view of each buyer (P(alive), expected value
-- over 90 and 365 days, undiscounted, in the shop's currency; null for users without an order),
-- the recipe that predicted, and why a row is low confidence (thin history, or a backtest that
-- did not beat its baseline).
alter table predictions.user_demand add column if not exists p_alive double;
alter table predictions.user_demand add column if not exists clv_90d double;
alter table predictions.user_demand add column if not exists clv_365d double;
alter table predictions.user_demand add column if not exists recipe varchar;
alter table predictions.user_demand add column if not exists low_confidence_reason varchar;
-- ops.model_evaluations: whether the model beat the row's baseline (null when either value is
-- missing), and the words a person should read when it did not.
alter table ops.model_evaluations add column if not exists beats_baseline boolean;
alter table ops.model_evaluations add column if not exists warning varchar;
