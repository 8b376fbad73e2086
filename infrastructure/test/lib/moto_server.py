"""Run moto_server with shims for the gaps the SpendWise stack hits in moto 5.2.1 (test-only).

Each shim makes moto remember something real AWS remembers, so that `terraform plan` after `apply` is
empty for the same reasons it is empty against AWS:
- Application Auto Scaling has no tagging API; the provider tags scalable targets (default_tags) and
  retries ListTagsForResource's 500 for minutes.
- ECS CreateService drops health check grace period, managed tags, ECS Exec, AZ rebalancing and the
  deployment configuration (circuit breaker).
- EC2 security group rules that reference another group or a prefix list lose their description.
- CloudFront answers a behaviour that uses a cache policy with legacy ForwardedValues defaults, and the default
  certificate with an SSL support method; AWS returns neither, and Terraform would plan to remove them.
- RDS parameters set by the user are not marked Source=user, so the provider cannot find them.

It also serves one request at a time: moto's in-memory backends are not written for concurrent mutation, and
Terraform's parallel calls occasionally lost a security group's default egress rule (InvalidPermission.NotFound).

Usage: python moto_server.py -H 127.0.0.1 -p PORT   (same arguments as moto_server)
"""

import inspect
import json
import sys

from botocore import xform_name
from moto.applicationautoscaling.responses import ApplicationAutoScalingResponse
from moto.cloudfront.models import DefaultCacheBehaviour, ViewerCertificate
from moto.ec2.models.security_groups import SecurityGroupRule
from moto.ecs.responses import EC2ContainerServiceResponse
from moto.rds.models import DBParameterGroup
import moto.server
from moto.server import main

# --- Application Auto Scaling tags -------------------------------------------------------------

_tags: dict[str, dict[str, str]] = {}
_register_scalable_target = ApplicationAutoScalingResponse.register_scalable_target


def _register_with_tags(self):
    body = _register_scalable_target(self)
    arn = json.loads(body)["ScalableTargetARN"]
    _tags.setdefault(arn, {}).update(self._get_param("Tags") or {})
    return body


def _list_tags_for_resource(self):
    return json.dumps({"Tags": _tags.get(self._get_param("ResourceARN"), {})})


def _tag_resource(self):
    _tags.setdefault(self._get_param("ResourceARN"), {}).update(self._get_param("Tags") or {})
    return "{}"


def _untag_resource(self):
    tags = _tags.get(self._get_param("ResourceARN"), {})
    for key in self._get_param("TagKeys") or []:
        tags.pop(key, None)
    return "{}"


ApplicationAutoScalingResponse.register_scalable_target = _register_with_tags
ApplicationAutoScalingResponse.list_tags_for_resource = _list_tags_for_resource
ApplicationAutoScalingResponse.tag_resource = _tag_resource
ApplicationAutoScalingResponse.untag_resource = _untag_resource

# --- ECS service settings ----------------------------------------------------------------------

_ECS_SERVICE_SETTINGS = [
    "healthCheckGracePeriodSeconds",
    "enableECSManagedTags",
    "enableExecuteCommand",
    "availabilityZoneRebalancing",
    "deploymentConfiguration",
]
_create_service = EC2ContainerServiceResponse.create_service


def _create_service_keeping_settings(self):
    result = _create_service(self)
    service = self.ecs_backend._get_service(self._get_param("cluster", "default"), self._get_param("serviceName"))
    for key in _ECS_SERVICE_SETTINGS:
        value = self._get_param(key)
        if value is not None:
            # update_service stores snake_case attributes; the serializer reads them the same way.
            setattr(service, xform_name(key), value)
    return result


EC2ContainerServiceResponse.create_service = _create_service_keeping_settings

# --- Security group rule descriptions ----------------------------------------------------------

_rule_init = SecurityGroupRule.__init__
_rule_parameters = inspect.signature(_rule_init)


def _rule_init_keeping_prefix_list(self, *args, **kwargs):
    _rule_init(self, *args, **kwargs)
    prefix_list = _rule_parameters.bind(self, *args, **kwargs).arguments.get("prefix_list_id") or {}
    self.prefix_list_description = prefix_list.get("Description")


SecurityGroupRule.__init__ = _rule_init_keeping_prefix_list
SecurityGroupRule.description = property(
    lambda self: self.ip_range.get("Description")
    or self.source_group.get("Description")
    or getattr(self, "prefix_list_description", None)
)

# --- CloudFront defaults AWS does not return ---------------------------------------------------

_behaviour_init = DefaultCacheBehaviour.__init__


def _behaviour_init_with_policy(self, config):
    _behaviour_init(self, config)
    if config.get("CachePolicyId") and "ForwardedValues" not in config:
        self.forwarded_values = None


DefaultCacheBehaviour.__init__ = _behaviour_init_with_policy
_certificate_init = ViewerCertificate.__init__


def _certificate_init_as_sent(self, config):
    _certificate_init(self, config)
    if "SSLSupportMethod" not in config:
        self.ssl_support_method = None


ViewerCertificate.__init__ = _certificate_init_as_sent

# --- RDS parameter source ----------------------------------------------------------------------

_update_parameters = DBParameterGroup.update_parameters


def _update_parameters_as_user(self, new_parameters):
    new_parameters = [dict(p, Source=p.get("Source", "user")) for p in new_parameters]
    _update_parameters(self, new_parameters)


DBParameterGroup.update_parameters = _update_parameters_as_user

# --- One request at a time ---------------------------------------------------------------------

_run_simple = moto.server.run_simple


def _run_simple_serialised(*args, **kwargs):
    _run_simple(*args, **{**kwargs, "threaded": False})


moto.server.run_simple = _run_simple_serialised

if __name__ == "__main__":
    main(sys.argv[1:])
