insert into recs.user_recommendations by name select * from _user_recommendations
