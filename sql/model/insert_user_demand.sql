insert into predictions.user_demand by name select * from _user_demand
