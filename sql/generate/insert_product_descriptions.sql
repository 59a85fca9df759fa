-- Append one batch of generated product_descriptions (registered by the caller as gen_batch).
insert into gen.product_descriptions by name
select * from gen_batch
