SELECT n.id, n.label, n.name, n.props, n.name FROM node n WHERE n.label = @p0 ORDER BY n.name, n.id LIMIT @p1
