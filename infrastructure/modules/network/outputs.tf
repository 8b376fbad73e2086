output "vpc_id" {
  description = "ID of the VPC."
  value       = aws_vpc.this.id
}

output "vpc_cidr_block" {
  description = "IPv4 CIDR of the VPC."
  value       = aws_vpc.this.cidr_block
}

output "azs" {
  description = "Availability zones the subnets are spread over (same order as the subnet lists)."
  value       = var.azs
}

output "public_subnet_ids" {
  description = "Public subnet IDs (route to the internet gateway), one per AZ."
  value       = aws_subnet.public[*].id
}

output "private_app_subnet_ids" {
  description = "Private application subnet IDs (route to a NAT gateway when nat_gateway_mode is not none), one per AZ."
  value       = aws_subnet.private_app[*].id
}

output "private_data_subnet_ids" {
  description = "Private data subnet IDs (no route out of the VPC), one per AZ."
  value       = aws_subnet.private_data[*].id
}

output "nat_gateway_public_ips" {
  description = "Public IPs of the NAT gateways (empty when nat_gateway_mode is none)."
  value       = aws_eip.nat[*].public_ip
}

output "has_private_egress" {
  description = "True when tasks in the private app subnets can reach the internet (through NAT)."
  value       = local.nat_count > 0
}
